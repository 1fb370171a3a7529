using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// One organisation written two ways becomes two actors or two funders, and then its responsibilities and its money
    /// are followed up apart: actors (and funders) whose titles differ only in case, spacing or punctuation, or by one or
    /// two letters, are reported at the later one.
    /// </summary>
    public sealed class NearDuplicateNameRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.NearDuplicateNames };

        public override void Check(RuleContext context)
        {
            Check(context, Phrase.Of("actor", "aktör"), Phrase.Of("the actors", "aktörerna"), context.Model.Actors.Select(actor => (Element: (object)actor, actor.Name, Title: actor.Title ?? actor.Name)).ToList());
            Check(context, Phrase.Of("funder", "finansiär"), Phrase.Of("the funders", "finansiärerna"), context.Model.Funders.Select(funder => (Element: (object)funder, funder.Name, Title: funder.Title ?? funder.Name)).ToList());
        }

        private static void Check(RuleContext context, Phrase what, Phrase both, IReadOnlyList<(object Element, string Name, string Title)> declared)
        {
            foreach (var (index, first, letters) in NearDuplicates.Find(declared.Select(element => element.Title).ToList()))
            {
                var (element, other) = (declared[index], declared[first]);
                context.Report(element.Element, context.NameSpan(element.Element), Diagnose.NearDuplicateNames(
                    what, both, element.Name, element.Title, other.Name, other.Title, context.LineOf(other.Element), letters));
            }
        }
    }
}
