using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Emit
{
    /// <summary>
    /// Writes a C# expression that constructs a runtime-model value. Records with a primary constructor are written
    /// as constructor calls, other records as object initializers (properties equal to their default are left out).
    /// Written from the model's own types, so that every property is emitted and none can be forgotten.
    /// </summary>
    internal sealed class ModelWriter
    {
        private readonly StringBuilder _output = new();
        private int _indent;

        public static string Write(object? value, int indent)
        {
            var writer = new ModelWriter { _indent = indent };
            writer.Value(value, value?.GetType() ?? typeof(object));
            return writer._output.ToString();
        }

        private void Value(object? value, Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            switch (value)
            {
                case null:
                    _output.Append("null");
                    return;
                case string text:
                    _output.Append(CSharpText.String(text));
                    return;
                case bool flag:
                    _output.Append(flag ? "true" : "false");
                    return;
                case int number:
                    _output.Append(CSharpText.Int(number));
                    return;
                case decimal number:
                    _output.Append(CSharpText.Decimal(number));
                    return;
                case Enum:
                    _output.Append(TypeName(underlying)).Append('.').Append(Enum.GetName(underlying, value));
                    return;
            }

            if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                List((IEnumerable)value, underlying.GetGenericArguments()[0]);
                return;
            }

            var shape = ShapeOf(underlying);
            if (shape.Positional)
            {
                Construct(value, underlying, shape.Properties);
            }
            else
            {
                Initialize(value, underlying, shape.Properties);
            }
        }

        /// <summary>
        /// Every string that the C# written for <paramref name="value"/> holds as a literal: what it adds to the assembly's
        /// string heap. Strings of properties left out because they equal their default are included (an upper bound).
        /// </summary>
        public static IEnumerable<string> StringLiterals(object? value)
        {
            var strings = new List<string>();
            CollectStrings(value, strings);
            return strings;
        }

        private static void CollectStrings(object? value, List<string> strings)
        {
            switch (value)
            {
                case null or bool or int or decimal or Enum:
                    return;
                case string text:
                    strings.Add(text);
                    return;
            }

            var type = value.GetType();
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                foreach (var item in (IEnumerable)value)
                {
                    CollectStrings(item, strings);
                }

                return;
            }

            foreach (var property in ShapeOf(type).Properties)
            {
                CollectStrings(property.GetValue(value), strings);
            }
        }

        private void List(IEnumerable items, Type itemType)
        {
            var list = items.Cast<object?>().ToList();
            if (list.Count == 0)
            {
                _output.Append(ModelAlias).Append(".ValueList<").Append(TypeName(itemType)).Append(">.Empty");
                return;
            }

            _output.Append(ModelAlias).Append(".ValueList.Of<").Append(TypeName(itemType)).Append(">(");
            _indent++;
            for (var i = 0; i < list.Count; i++)
            {
                NewLine();
                Value(list[i], itemType);
                if (i < list.Count - 1)
                {
                    _output.Append(',');
                }
            }

            _indent--;
            _output.Append(')');
        }

        private void Construct(object value, Type type, IReadOnlyList<PropertyInfo> parameters)
        {
            _output.Append("new ").Append(TypeName(type)).Append('(');
            for (var i = 0; i < parameters.Count; i++)
            {
                if (i > 0)
                {
                    _output.Append(", ");
                }

                Value(parameters[i].GetValue(value), parameters[i].PropertyType);
            }

            _output.Append(')');
        }

        private void Initialize(object value, Type type, IReadOnlyList<PropertyInfo> properties)
        {
            var defaults = Activator.CreateInstance(type);
            _output.Append("new ").Append(TypeName(type));
            NewLine();
            _output.Append('{');
            _indent++;
            foreach (var property in properties)
            {
                var propertyValue = property.GetValue(value);
                if (Equals(propertyValue, property.GetValue(defaults)))
                {
                    continue;
                }

                NewLine();
                _output.Append(property.Name).Append(" = ");
                Value(propertyValue, property.PropertyType);
                _output.Append(',');
            }

            _indent--;
            NewLine();
            _output.Append('}');
        }

        /// <summary>How a model type is written: positional records by their constructor's parameters, others by their init properties.</summary>
        private sealed record Shape(bool Positional, IReadOnlyList<PropertyInfo> Properties);

        private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

        private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, static type =>
        {
            var constructor = PrimaryConstructor(type);
            return constructor is null
                ? new Shape(false, InitProperties(type).ToList())
                : new Shape(true, constructor.GetParameters().Select(parameter => type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)!).ToList());
        });

        /// <summary>The constructor of a positional record: the public one with parameters, when it is the only public one.</summary>
        private static ConstructorInfo? PrimaryConstructor(Type type)
        {
            var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Where(constructor => !(constructor.GetParameters().Length == 1 && constructor.GetParameters()[0].ParameterType == type))
                .ToList();
            return constructors.Count == 1 && constructors[0].GetParameters().Length > 0 ? constructors[0] : null;
        }

        private static IEnumerable<PropertyInfo> InitProperties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite && property.SetMethod!.IsPublic && property.Name != "EqualityContract")
                .OrderBy(property => property.MetadataToken);

        private static string TypeName(Type type)
        {
            if (type == typeof(string))
            {
                return "string";
            }

            if (type == typeof(int))
            {
                return "int";
            }

            if (type == typeof(decimal))
            {
                return "decimal";
            }

            if (type == typeof(bool))
            {
                return "bool";
            }

            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                return TypeName(underlying) + "?";
            }

            if (type.IsGenericType)
            {
                var name = QualifiedName(type.GetGenericTypeDefinition());
                name = name.Substring(0, name.IndexOf('`'));
                return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
            }

            return QualifiedName(type);
        }

        private const string ModelAlias = CSharpNames.ModelAlias;

        private static string QualifiedName(Type type)
        {
            var name = type.FullName!.Replace('+', '.');
            const string model = "DslPlanning.Model.";
            return name.StartsWith(model, StringComparison.Ordinal) && type.Namespace == "DslPlanning.Model"
                ? ModelAlias + "." + name.Substring(model.Length)
                : "global::" + name;
        }

        private void NewLine()
        {
            _output.Append('\n').Append(' ', _indent * 4);
        }
    }
}
