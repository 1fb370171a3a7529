using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// Checks a JSON document against the subset of JSON Schema (2020-12) that docs/reports.schema.json uses:
    /// <c>$ref</c> to <c>#/$defs/…</c>, <c>type</c>, <c>const</c>, <c>enum</c>, <c>required</c>, <c>properties</c>,
    /// <c>additionalProperties</c>, <c>items</c>, <c>oneOf</c>, <c>anyOf</c>, <c>pattern</c> and <c>minimum</c>. A keyword
    /// outside the subset is an error, so the schema cannot say more than is checked.
    /// </summary>
    public sealed class JsonSchemaChecker
    {
        private static readonly HashSet<string> Annotations = new() { "$schema", "title", "description", "$defs" };

        private static readonly HashSet<string> Keywords = new()
        {
            "$ref", "type", "const", "enum", "required", "properties", "additionalProperties", "items", "oneOf", "anyOf", "pattern", "minimum",
        };

        private readonly JsonElement _root;

        public JsonSchemaChecker(JsonElement schema)
        {
            _root = schema;
        }

        /// <summary>The violations, each with the JSON path where it is; empty when the document is valid.</summary>
        public IReadOnlyList<string> Check(JsonElement document)
        {
            var errors = new List<string>();
            Check(_root, document, "$", errors);
            return errors;
        }

        private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            foreach (var keyword in schema.EnumerateObject())
            {
                if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
                {
                    throw new NotSupportedException("schema keyword '" + keyword.Name + "' is not supported by the checker");
                }
            }

            if (schema.TryGetProperty("$ref", out var reference))
            {
                Check(Resolve(reference.GetString()!), value, path, errors);
            }

            if (schema.TryGetProperty("type", out var type) && !HasType(type, value))
            {
                errors.Add(path + ": expected " + type.GetRawText() + ", got " + value.ValueKind);
                return;
            }

            if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            {
                errors.Add(path + ": expected " + constant.GetRawText() + ", got " + value.GetRawText());
            }

            if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
            {
                errors.Add(path + ": " + value.GetRawText() + " is not one of " + options.GetRawText());
            }

            if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
            {
                errors.Add(path + ": " + value.GetRawText() + " does not match " + pattern.GetString());
            }

            if (schema.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number && value.GetDecimal() < minimum.GetDecimal())
            {
                errors.Add(path + ": " + value.GetRawText() + " is below " + minimum.GetRawText());
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                CheckObject(schema, value, path, errors);
            }

            if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, path + "[" + index++ + "]", errors);
                }
            }

            if (schema.TryGetProperty("oneOf", out var oneOf))
            {
                var matches = oneOf.EnumerateArray().Count(candidate => Matches(candidate, value, path));
                if (matches != 1)
                {
                    errors.Add(path + ": matches " + matches + " of the oneOf schemas, not exactly one" + Closest(oneOf, value, path));
                }
            }

            if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(candidate => Matches(candidate, value, path)))
            {
                errors.Add(path + ": matches none of the anyOf schemas" + Closest(anyOf, value, path));
            }
        }

        private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(name => name.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add(path + ": missing property '" + name + "'");
                    }
                }
            }

            schema.TryGetProperty("properties", out var properties);
            var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
            foreach (var property in value.EnumerateObject())
            {
                var propertyPath = path + "." + property.Name;
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, propertyPath, errors);
                }
                else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add(propertyPath + ": property not allowed");
                }
                else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, propertyPath, errors);
                }
            }
        }

        private bool Matches(JsonElement schema, JsonElement value, string path)
        {
            var errors = new List<string>();
            Check(schema, value, path, errors);
            return errors.Count == 0;
        }

        /// <summary>The errors of the candidate with the fewest, to say why a oneOf/anyOf failed.</summary>
        private string Closest(JsonElement candidates, JsonElement value, string path)
        {
            var best = candidates.EnumerateArray()
                .Select(candidate =>
                {
                    var errors = new List<string>();
                    Check(candidate, value, path, errors);
                    return errors;
                })
                .OrderBy(errors => errors.Count)
                .First();
            return best.Count == 0 ? string.Empty : " (closest: " + string.Join("; ", best.Take(3)) + ")";
        }

        private JsonElement Resolve(string reference)
        {
            const string Prefix = "#/$defs/";
            if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || !_root.GetProperty("$defs").TryGetProperty(reference.Substring(Prefix.Length), out var target))
            {
                throw new NotSupportedException("unresolvable $ref " + reference);
            }

            return target;
        }

        private static bool HasType(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(option => IsType(option.GetString()!, value))
            : IsType(type.GetString()!, value);

        private static bool IsType(string type, JsonElement value) => type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => throw new NotSupportedException("type " + type),
        };
    }
}
