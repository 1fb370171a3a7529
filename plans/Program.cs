using System;
using DslPlanning.Plans;
using DslPlanning.Reports;

// The main job: `dotnet run --project plans [-- --out <folder>] [--language sv|en]`. The build has checked every plan (an
// error stops it); this writes the reports of the compiled plans, by default to reports/ under the current directory, and
// speaks the language the build reported in (DslPlanningLanguage) unless --language says otherwise.
return ReportCommand.Run(args, PlanCatalog.All, PlanCatalog.Findings, Console.Out, Console.Error, PlanCatalog.MessageLanguage);
