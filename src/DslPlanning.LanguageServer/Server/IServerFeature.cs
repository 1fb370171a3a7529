using DslPlanning.LanguageServer.Protocol;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>A handler that answers some of the protocol's methods and says so in the server's capabilities.</summary>
    internal interface IServerFeature
    {
        void Advertise(ServerCapabilities capabilities);
    }
}
