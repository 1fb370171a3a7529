using System;
using System.Threading.Tasks;
using DslPlanning.LanguageServer.Server;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer
{
    /// <summary><c>DslPlanning.LanguageServer --stdio</c>: the language server for plan files, speaking LSP on stdin and stdout.</summary>
    public static class Program
    {
        private const string Help =
            "usage: DslPlanning.LanguageServer --stdio\n" +
            "\n" +
            "The DslPlanning language server: diagnostics as you type, completion, hover, go to definition, references,\n" +
            "rename, formatting and more for *.plan files, for any editor that speaks the Language Server Protocol.\n" +
            "It talks LSP 3.17 on stdin and stdout; an editor starts it, a person does not. See README.md, 'Editor'.\n" +
            "\n" +
            "Exit code: 0 after the editor's 'shutdown' and 'exit', 1 when the editor went away without them, 2 for wrong usage.";

        public static async Task<int> Main(string[] args)
        {
            if (args.Length == 1 && args[0] is "--help" or "-h")
            {
                Console.WriteLine(Help);
                return 0;
            }

            if (args.Length != 1 || args[0] != "--stdio")
            {
                Console.Error.WriteLine("usage: DslPlanning.LanguageServer --stdio   (--help for more)");
                return 2;
            }

            // stdout carries the protocol: anything else written to the console goes to stderr, which editors log.
            var protocolOut = Console.OpenStandardOutput();
            Console.SetOut(Console.Error);
            using var server = PlanLanguageServer.Start(Console.OpenStandardInput(), protocolOut);
            return await server.Completion.ConfigureAwait(false);
        }
    }
}
