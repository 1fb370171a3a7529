using System;
using System.IO;
using System.Linq;

namespace DslPlanning.Corpus
{
    /// <summary>
    /// <c>dotnet run --project tests/DslPlanning.Corpus -- &lt;folder&gt; [national|large]</c> writes the corpus to a folder;
    /// <c>-- &lt;folder&gt; &lt;shape&gt; &lt;size&gt;</c> writes a stress shape (<see cref="StressShape"/>, e.g. <c>GoalChain 8000</c>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                Console.Error.WriteLine("usage: DslPlanning.Corpus <folder> [national|large | <shape> <size>]; shapes: " + string.Join(", ", Enum.GetNames<StressShape>()));
                return args.Length == 0 ? 2 : 0;
            }

            var files = args.Length switch
            {
                > 2 when Enum.TryParse<StressShape>(args[1], ignoreCase: true, out var shape) && int.TryParse(args[2], out var size) && size > 0 =>
                    StressShapes.Generate(shape, size),
                > 1 when args[1] == "large" => NationalCorpus.LargePlan(),
                _ => NationalCorpus.Generate(),
            };
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
