using System;
using System.Linq;
using System.Reflection;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using Sprache;

// A namespace outside DslPlanning.Language.Parsing, with `using Sprache;`: the place where, when the grammar was written
// over Sprache's Parser<T>, `from … select` silently bound to Sprache's operators.
namespace DslPlanning.Language.Tests.Syntax.ElsewhereWithSprache
{
    public class GrammarOperatorTests
    {
        private static SourceInput Input(string text, int position = 0) => new(new ParseContext(new SourceText("test.plan", text)), position);

        private static readonly Grammar<(NameSyntax, NameSyntax)> Pair =
            (from first in Tokens.Keyword("from")
             from second in Tokens.Keyword("to")
             select (first, second))
            .Named("a from-to pair");

        [Fact]
        public void A_sequence_that_fails_after_consuming_input_fails_there_with_what_was_expected_there()
        {
            var result = Pair(Input("from 2030"));

            Assert.False(result.WasSuccessful);
            Assert.Equal(5, result.Remainder.Position);
            Assert.Equal(new[] { "'to'" }, result.Expectations);
        }

        [Fact]
        public void A_sequence_that_fails_at_its_start_is_named()
        {
            var result = Pair(Input("2030"));

            Assert.False(result.WasSuccessful);
            Assert.Equal(0, result.Remainder.Position);
            Assert.Equal(new[] { "a from-to pair" }, result.Expectations);
        }

        [Fact]
        public void Named_compares_positions_not_input_objects()
        {
            // Sprache's Named compares the failure's input with the start by reference, so a parser that fails where it
            // started but returns another input object there keeps its own expectation under Sprache's operator.
            Grammar<NameSyntax> failsWithAnotherInputObject = input => Result.Failure<NameSyntax>(Input(input.Source, input.Position), "no", new[] { "a name" });

            var result = failsWithAnotherInputObject.Named("the funder's name")(Input("  ", 1));

            Assert.Equal(new[] { "the funder's name" }, result.Expectations);
        }

        [Fact]
        public void An_optional_sequence_that_fails_after_consuming_input_is_an_error_not_absent()
        {
            var optional = (from first in Tokens.Keyword("from") from second in Tokens.Keyword("to") select second).Maybe();

            Assert.False(optional(Input("from 2030")).WasSuccessful);
            Assert.True(optional(Input("2030")).WasSuccessful);
        }

        [Fact]
        public void No_part_of_the_language_core_is_a_Sprache_parser_that_Sprache_operators_could_apply_to()
        {
            var assembly = typeof(PlanParser).Assembly;
            const BindingFlags everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            var memberTypes =
                (from type in assembly.GetTypes()
                 from member in type.GetMembers(everything)
                 from memberType in TypesOf(member)
                 select (Name: type.FullName + "." + member.Name, Type: memberType)).ToList();

            Assert.Contains(memberTypes, member => Mentions(member.Type, typeof(Grammar<>)));
            Assert.Empty(memberTypes.Where(member => Mentions(member.Type, typeof(Parser<>))).Select(member => member.Name));
        }

        private static Type[] TypesOf(MemberInfo member) => member switch
        {
            FieldInfo field => new[] { field.FieldType },
            PropertyInfo property => new[] { property.PropertyType },
            MethodInfo method => method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType).ToArray(),
            _ => Type.EmptyTypes,
        };

        private static bool Mentions(Type type, Type generic) =>
            (type.IsGenericType && type.GetGenericTypeDefinition() == generic) ||
            (type.HasElementType && Mentions(type.GetElementType()!, generic)) ||
            (type.IsGenericType && type.GetGenericArguments().Any(argument => Mentions(argument, generic)));
    }
}
