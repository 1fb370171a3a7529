using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>
    /// The test editor's framing. An error without a request id (the server's answer to a message it could not read)
    /// is kept in <see cref="UnaddressedErrors"/> rather than handed to StreamJsonRpc, which would end the connection
    /// over it; an editor such as VS Code logs it and goes on.
    /// </summary>
    internal sealed class ClientMessageHandler : HeaderDelimitedMessageHandler
    {
        public ClientMessageHandler(Stream toServer, Stream fromServer, IJsonRpcMessageFormatter formatter)
            : base(toServer, fromServer, formatter)
        {
        }

        public ConcurrentQueue<JsonRpcError.ErrorDetail> UnaddressedErrors { get; } = new();

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                if (message is JsonRpcError { RequestId.IsNull: true } error && error.Error is { } detail)
                {
                    UnaddressedErrors.Enqueue(detail);

                    // The message's buffer stays held until it is said to be read; JsonRpc would say so, here it is skipped.
                    (this as StreamJsonRpc.Reflection.IJsonRpcMessageBufferManager)?.DeserializationComplete(message);
                    continue;
                }

                return message;
            }
        }
    }
}
