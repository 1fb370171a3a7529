using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DslPlanning.Language.Rules
{
    /// <summary>
    /// Every rule: each concrete <see cref="PlanRule"/> of this assembly, found once by reflection, so a new rule is one new
    /// class in <c>Rules/&lt;Family&gt;/</c> and no list to edit. A rule has a constructor without parameters. The
    /// rules are ordered by the first ID they report (SP2xxx priority, SP3xxx funding, SP4xxx subsidies, SP5xxx follow-up),
    /// then by class name, so they run in the same order on every machine.
    /// </summary>
    public static class RuleCatalog
    {
        private static IReadOnlyList<PlanRule>? _rules;

        public static IReadOnlyList<PlanRule> Rules => System.Threading.LazyInitializer.EnsureInitialized(ref _rules, () => Discover(typeof(PlanRule).GetTypeInfo().Assembly))!;

        /// <summary>The rules defined in <paramref name="assembly"/>: every concrete subclass of <see cref="PlanRule"/>.</summary>
        internal static IReadOnlyList<PlanRule> Discover(Assembly assembly) =>
            assembly.DefinedTypes
                .Where(type => !type.IsAbstract && typeof(PlanRule).GetTypeInfo().IsAssignableFrom(type))
                .Select(type => (PlanRule)Activator.CreateInstance(type.AsType(), nonPublic: true))
                .OrderBy(rule => rule.Descriptors.Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal).First(), StringComparer.Ordinal)
                .ThenBy(rule => rule.GetType().Name, StringComparer.Ordinal)
                .ToList();
    }
}
