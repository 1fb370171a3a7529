using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// For a benchmark run at 8 times its base size (<see cref="ScalingBenchmarks.Times"/> = 8): its mean time divided by
    /// the mean time of the same benchmark and shape at the base size. Linear work gives 8.
    /// </summary>
    public sealed class GrowthColumn : IColumn
    {
        public string Id => nameof(GrowthColumn);

        public string ColumnName => "Growth";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time at 8n divided by mean time at n for the same benchmark and shape (linear: 8)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Parameters["Times"] is not int times || times == 1)
            {
                return "-";
            }

            var baseCase = summary.BenchmarksCases.FirstOrDefault(other =>
                other.Descriptor.WorkloadMethod == benchmarkCase.Descriptor.WorkloadMethod
                && Equals(other.Parameters["Shape"], benchmarkCase.Parameters["Shape"])
                && other.Parameters["Times"] is 1);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var baseMean = baseCase is null ? null : summary[baseCase]?.ResultStatistics?.Mean;
            return mean is { } value && baseMean is > 0 ? (value / baseMean.Value).ToString("0.0", CultureInfo.InvariantCulture) + "×" : "-";
        }

        public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(benchmarkCase => benchmarkCase.Parameters["Times"] is int);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
