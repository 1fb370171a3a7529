using System;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Protocol;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>What the server sends the editor on its own: diagnostics, log lines, registrations.</summary>
    internal sealed class LanguageClient
    {
        private readonly JsonRpc _rpc;

        public LanguageClient(JsonRpc rpc) => _rpc = rpc;

        public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics) =>
            NotifyAsync(Methods.PublishDiagnostics, diagnostics);

        public Task LogAsync(int type, string message) =>
            NotifyAsync(Methods.LogMessage, new LogMessageParams(type, message));

        public Task RegisterCapabilityAsync(RegistrationParams registrations) =>
            _rpc.InvokeWithParameterObjectAsync(Methods.RegisterCapability, registrations);

        private async Task NotifyAsync(string method, object argument)
        {
            try
            {
                await _rpc.NotifyWithParameterObjectAsync(method, argument).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
            {
                // The editor has gone; the server is ending.
            }
        }
    }
}
