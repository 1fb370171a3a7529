using System;
using DslPlanning.Plans;
using DslPlanning.Reports;

// The main job: `dotnet run --project plans [-- --out <folder>]`. The build has checked every plan (an error stops it);
// this writes the reports of the compiled plans, by default to reports/ under the current directory.
const string Usage = "usage: dotnet run --project plans [-- --out <folder>]   (default folder: reports)";

var output = "reports";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            Console.Error.WriteLine("unknown argument '" + args[i] + "'; " + Usage);
            return 2;
    }
}

ReportJob.Run(PlanCatalog.All, PlanCatalog.Findings, output, Console.Out);
return 0;
