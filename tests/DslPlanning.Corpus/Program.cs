using System;
using System.IO;
using System.Linq;

namespace DslPlanning.Corpus
{
    /// <summary><c>dotnet run --project tests/DslPlanning.Corpus -- &lt;folder&gt; [national|large]</c> writes the corpus to a folder.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                Console.Error.WriteLine("usage: DslPlanning.Corpus <folder> [national|large]");
                return args.Length == 0 ? 2 : 0;
            }

            var files = args.Length > 1 && args[1] == "large" ? NationalCorpus.LargePlan() : NationalCorpus.Generate();
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(args[0], path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            Console.WriteLine("wrote " + NationalCorpus.Size(files) + " to " + args[0]);
            return 0;
        }
    }
}
