using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DslPlanning.Corpus
{
    /// <summary>The shapes of input that once took super-linear time (issue 9), at any size.</summary>
    public enum StressShape
    {
        /// <summary>One plan of <c>n</c> goals, goal <c>G(i)</c> serving <c>G(i−1)</c>, and one action serving the last: every goal is served through the chain.</summary>
        GoalChain,

        /// <summary>The same chain without the action: no goal is served.</summary>
        UnservedGoalChain,

        /// <summary>
        /// <c>n</c> regional programmes in <c>n</c> files, each following the next in path order: a walk along
        /// <c>follows</c> from the first file goes through all of them.
        /// </summary>
        FollowsChain,

        /// <summary>One plan of <c>n</c> places, and one action whose <c>places</c> statement lists them all.</summary>
        ActionPlaces,

        /// <summary>
        /// One plan of <c>n</c> ranked areas, each with a goal and an action that serves it, funded by a funder of its own
        /// with a yearly budget and concerning a place of its own.
        /// </summary>
        WidePlan,
    }

    /// <summary>
    /// Writes the stress shapes as plan files (relative path, text) in path order, the same on every run. The plans are
    /// clean apart from what the shape is about, so that a test can say exactly what each reports.
    /// </summary>
    public static class StressShapes
    {
        public static IReadOnlyList<(string Path, string Text)> Generate(StressShape shape, int size)
        {
            if (size < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(size), size, "a shape has at least one element");
            }

            return shape switch
            {
                StressShape.GoalChain => new[] { ("chain.plan", GoalChain(size, withAction: true)) },
                StressShape.UnservedGoalChain => new[] { ("chain.plan", GoalChain(size, withAction: false)) },
                StressShape.FollowsChain => FollowsChain(size),
                StressShape.ActionPlaces => new[] { ("places.plan", ActionPlaces(size)) },
                _ => new[] { ("wide.plan", WidePlan(size)) },
            };
        }

        /// <summary>The name of the <paramref name="index"/>-th (1-based) plan of <see cref="StressShape.FollowsChain"/>.</summary>
        public static string FollowsChainPlan(int index) => "Program" + Number(index);

        private static string GoalChain(int goals, bool withAction)
        {
            var text = new StringBuilder();
            text.Append("regional plan Kedja \"Målkedja\" {\n")
                .Append("  owner Regionen\n  period 2024..2030\n  review yearly\n")
                .Append("  actor Regionen \"Regionen\" region\n")
                .Append("  funder Anslag \"Anslaget\" appropriation\n");
            for (var goal = 1; goal <= goals; goal++)
            {
                text.Append("  goal G").Append(Number(goal)).Append(" \"Mål ").Append(Number(goal)).Append("\" { indicator \"andel\"");
                if (goal > 1)
                {
                    text.Append("; serves G").Append(Number(goal - 1));
                }

                text.Append(" }\n");
            }

            if (withAction)
            {
                text.Append("  action Insats \"Insatsen\" serves G").Append(Number(goals)).Append(" { owner Regionen; funding Anslag }\n");
            }

            return text.Append("}\n").ToString();
        }

        private static IReadOnlyList<(string Path, string Text)> FollowsChain(int plans)
        {
            var files = new List<(string Path, string Text)>(plans);
            for (var index = 1; index <= plans; index++)
            {
                var text = new StringBuilder();
                text.Append("regional plan ").Append(FollowsChainPlan(index)).Append(" \"Program ").Append(Number(index)).Append("\" {\n")
                    .Append("  owner Regionen\n  period 2024..2030\n  review yearly\n");
                if (index < plans)
                {
                    text.Append("  follows ").Append(FollowsChainPlan(index + 1)).Append('\n');
                }

                text.Append("  actor Regionen \"Regionen\" region\n}\n");
                files.Add(("chain/" + FollowsChainPlan(index) + ".plan", text.ToString()));
            }

            return files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        }

        private static string ActionPlaces(int places)
        {
            var text = new StringBuilder();
            text.Append("municipal plan Orter \"Många orter\" {\n")
                .Append("  owner Kommunen\n  period 2024..2030\n  review yearly\n")
                .Append("  actor Kommunen \"Kommunen\" municipality\n")
                .Append("  funder Kommunstyrelsen \"Kommunstyrelsen\" municipality\n")
                .Append("  level 1 \"Serviceort\"\n")
                .Append("  goal G1 \"Service i alla orter\" { indicator \"andel orter med service\" }\n");
            for (var place = 1; place <= places; place++)
            {
                text.Append("  place Ort").Append(Number(place)).Append(" level 1 { services groceries }\n");
            }

            text.Append("  action Insats \"Insatsen\" priority high serves G1 {\n    owner Kommunen\n    funding Kommunstyrelsen\n    places ");
            for (var place = 1; place <= places; place++)
            {
                text.Append(place > 1 ? ", Ort" : "Ort").Append(Number(place));
            }

            return text.Append("\n  }\n}\n").ToString();
        }

        private static string WidePlan(int areas)
        {
            var text = new StringBuilder();
            text.Append("municipal plan Bred \"Bred plan\" {\n")
                .Append("  owner Kommunen\n  period 2024..2030\n  review yearly\n")
                .Append("  actor Kommunen \"Kommunen\" municipality\n")
                .Append("  level 1 \"Serviceort\"\n");
            for (var area = 1; area <= areas; area++)
            {
                var number = Number(area);
                text.Append("  funder F").Append(number).Append(" \"Finansiär ").Append(number).Append("\" municipality budget 100 000 kr per year\n")
                    .Append("  place Ort").Append(number).Append(" level 1 { services groceries }\n");
            }

            for (var area = 1; area <= areas; area++)
            {
                var number = Number(area);
                text.Append("  area A").Append(number).Append(" \"Område ").Append(number).Append("\" priority ").Append(area.ToString(CultureInfo.InvariantCulture)).Append(" {\n")
                    .Append("    goal G").Append(number).Append(" \"Mål ").Append(number).Append("\" { indicator \"andel\" }\n")
                    .Append("    action Insats").Append(number).Append(" \"Insats ").Append(number).Append("\" priority high serves G").Append(number).Append(" {\n")
                    .Append("      owner Kommunen\n      cost 50 000 kr per year\n      funding F").Append(number).Append("\n      places Ort").Append(number).Append("\n    }\n")
                    .Append("  }\n");
            }

            return text.Append("}\n").ToString();
        }

        /// <summary>Numbers padded to a common width, so that files and names sort in chain order.</summary>
        private static string Number(int value) => value.ToString("000000", CultureInfo.InvariantCulture);
    }
}
