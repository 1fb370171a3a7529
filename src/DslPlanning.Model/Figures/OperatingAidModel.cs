using System;
using DslPlanning.Model.Law;
using DslPlanning.Model;

namespace DslPlanning.Model.Figures
{
    /// <summary>
    /// The amount of särskilt driftstöd by the store's net grocery turnover T [003 bilaga 1]:
    /// 500 000 ≤ T &lt; 5 000 000: −33 333 + T/15; 5 000 000 ≤ T ≤ 7 000 000: 300 000;
    /// 7 000 000 &lt; T ≤ 11 000 000: 300 000 − 0,075 × (T − 7 000 000); capped, and nothing outside 500 000–11 000 000.
    /// </summary>
    public static class OperatingAidModel
    {
        public static Money Amount(Money turnover, OperatingAidTerms terms)
        {
            var t = turnover.Kronor;
            decimal amount;
            if (t < terms.ModelStart.Kronor || t > terms.MaxTurnover.Kronor)
            {
                amount = 0m;
            }
            else if (t < terms.ModelPlateauStart.Kronor)
            {
                amount = -33_333m + (t / 15m);
            }
            else if (t <= terms.ModelPlateauEnd.Kronor)
            {
                amount = terms.Cap.Kronor;
            }
            else
            {
                amount = terms.Cap.Kronor - (0.075m * (t - terms.ModelPlateauEnd.Kronor));
            }

            return new Money(Math.Floor(Math.Max(0m, Math.Min(amount, terms.Cap.Kronor))));
        }
    }
}
