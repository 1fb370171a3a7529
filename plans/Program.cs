using System;
using DslPlanning.Plans;
using DslPlanning.Reports;

// The main job: `dotnet run --project plans [-- --out <folder>]`. The build has checked every plan (an error stops it);
// this writes the reports of the compiled plans, by default to reports/ under the current directory.
return ReportCommand.Run(args, PlanCatalog.All, PlanCatalog.Findings, Console.Out, Console.Error);
