using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DslPlanning.Benchmarks
{
    /// <summary>Bytes allocated per operation divided by the workload's megabytes of plan text.</summary>
    public sealed class AllocationPerMegabyteColumn : IColumn
    {
        private static readonly ConcurrentDictionary<Workload, double> Sizes = new();

        public string Id => nameof(AllocationPerMegabyteColumn);

        public string ColumnName => "Alloc/MB plan";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Metric;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Managed memory allocated per operation per megabyte of plan text";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.GcStats is not { } stats || benchmarkCase.Parameters["Workload"] is not Workload workload)
            {
                return "-";
            }

            var bytes = stats.GetBytesAllocatedPerOperation(benchmarkCase);
            if (bytes is null)
            {
                return "-";
            }

            var megabytes = Sizes.GetOrAdd(workload, Workloads.Megabytes);
            return (bytes.Value / megabytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
