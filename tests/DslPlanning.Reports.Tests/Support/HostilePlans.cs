using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// A regional programme and a municipal plan whose every string is markup: <c>&lt;script&gt;alert(N)&lt;/script&gt; &amp; "citat"</c>
    /// with a number per string, so a test can find each one. The municipal plan also has funding with shares, volume and
    /// budgets (a chart, one funder over budget), places, a subsidy application, goals with actuals and a justified exception.
    /// </summary>
    public static class HostilePlans
    {
        public const int Count = 37;

        /// <summary>The raw string number <paramref name="n"/>.</summary>
        public static string Raw(int n) => "<script>alert(" + n + ")</script> & \"citat\"";

        /// <summary>The same string as HTML text shows it, escaped.</summary>
        public static string Escaped(int n) => "&lt;script&gt;alert(" + n + ")&lt;/script&gt; &amp; &quot;citat&quot;";

        public static IEnumerable<int> Numbers => Enumerable.Range(1, Count);

        public static TestPlans Compile() => TestPlans.Compile(Text);

        public static string Text => Fill(@"
regional plan Region ""{1}"" {
  owner Lst
  period 2024..2026
  exception SP5005 ""{32}""
  actor Lst ""{2}"" county-board
  area R1 ""{3}"" priority 1 {
    goal 1.1 ""{4}""
    goal 1.2 ""{5}""
  }
  scheme service-grant ""{30}"" {
    amount at most 300 000 kr per year ""{31}""
  }
}

municipal plan Kommun ""{6}"" {
  source ""{7}""
  description ""{33}""
  indicator ""{34}""
  owner Kommunen
  period 2024..2026
  review yearly
  revision 2026
  follows Region
  aim ""{8}""
  purpose ""{9}""
  scope ""{10}""
  note ""{11}""
  actor Kommunen ""{12}"" municipality
  funder Kassan ""{13}"" municipality budget 100 000 kr per year
  funder Regionen ""{14}"" region budget 50 000 kr per year
  level 1 ""{15}"" { description ""{16}"" }
  place By ""{17}"" level 1 {
    services groceries, fuel
    needs pharmacy
    store ""{18}"" turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round
    nearest groceries 28 km
    municipality ""{19}""
    description ""{37}""
    note ""{20}""
  }
  area A1 ""{21}"" priority 1 serves Region.1.1 {
    description ""{22}""
    note ""{23}""
    goal G1 ""{24}"" result {
      description ""{36}""
      indicator ""{25}"" baseline 1 in 2024 target at least 3 in 2026
      actual 4 in 2026 ""{26}""
    }
    action Hem ""{27}"" serves G1 {
      description ""{28}""
      note ""{35}""
      owner Kommunen
      completion 100 %
      progress 50 % in 2025 ""{29}""
      cost 200 kr per delivery, 600 deliveries per year
      funding Kassan 50 %, Regionen 50 %
      places By
      subsidy operating-aid in 2024 for By {
        recipient Kommunen
        amount 150 000 kr
      }
    }
  }
}
");

        private static string Fill(string template)
        {
            foreach (var n in Numbers.Reverse())
            {
                template = template.Replace("{" + n + "}", Raw(n).Replace("\"", "\\\""));
            }

            return template;
        }
    }
}
