using System;
using System.Linq;
using System.Reflection;
using DslPlanning.Language.Diagnostics;
using RuleCatalog = DslPlanning.Language.Rules.RuleCatalog;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>Every diagnostic of the rule families (SP2xxx–SP5xxx) and of justified exceptions has a test that runs, and the catalog finds every rule.</summary>
    public class RuleCoverageTests
    {
        private static readonly string[] RuleIds = DiagnosticCatalog.All
            .Select(descriptor => descriptor.Id)
            .Where(id => id[2] is '2' or '3' or '4' or '5' || id is "SP1016" or "SP1017")
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();

        [Fact]
        public void Every_rule_id_has_a_test_named_after_it_that_is_not_skipped()
        {
            var tests = typeof(RuleCoverageTests).Assembly.GetTypes()
                .Where(type => type.Namespace == typeof(RuleCoverageTests).Namespace)
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
                .Where(method => method.GetCustomAttribute<FactAttribute>() is { Skip: null })
                .Select(method => method.Name)
                .ToList();

            var untested = RuleIds.Where(id => !tests.Any(name => name.StartsWith(id + "_", StringComparison.Ordinal))).ToList();

            Assert.NotEmpty(RuleIds);
            Assert.True(untested.Count == 0, "no running test named after " + string.Join(", ", untested));
        }

        [Fact]
        public void Every_rule_diagnostic_is_declared_by_a_rule()
        {
            var declared = RuleCatalog.Rules.SelectMany(rule => rule.Descriptors).Select(descriptor => descriptor.Id)
                .Distinct()
                .OrderBy(id => id, StringComparer.Ordinal);

            Assert.Equal(RuleIds.Where(id => id is not ("SP1016" or "SP1017")), declared);
        }

        [Fact]
        public void The_catalog_finds_each_rule_class_once_and_runs_the_rules_in_the_order_of_their_ids()
        {
            var rules = RuleCatalog.Rules;
            var firstIds = rules.Select(rule => rule.Descriptors.Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal).First()).ToList();

            Assert.Equal(rules.Count, rules.Select(rule => rule.GetType()).Distinct().Count());
            Assert.DoesNotContain(rules, rule => rule.GetType().IsAbstract);
            Assert.Equal(firstIds.OrderBy(id => id, StringComparer.Ordinal), firstIds);
            Assert.Same(rules, RuleCatalog.Rules);
        }
    }
}
