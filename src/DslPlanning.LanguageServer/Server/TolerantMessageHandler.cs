using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// LSP framing (Content-Length headers) that survives a message it cannot read: the editor gets a parse error
    /// (JSON-RPC -32700, with no id since none could be read) and the server reads the next message, where
    /// StreamJsonRpc alone would end the connection.
    /// </summary>
    internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
    {
        public TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter)
            : base(output, input, formatter)
        {
        }

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                try
                {
                    return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not (OperationCanceledException or ObjectDisposedException or IOException))
                {
                    await WriteAsync(ParseError(exception), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static JsonRpcError ParseError(Exception exception) => new()
        {
            RequestId = RequestId.Null,
            Error = new JsonRpcError.ErrorDetail
            {
                Code = JsonRpcErrorCode.ParseError,
                Message = "The message could not be read (" + exception.Message + "); it was left out.",
            },
        };
    }
}
