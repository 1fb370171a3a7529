using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// What can be checked of an HTML document without a validator: every id is unique and a valid id (no space, not
    /// empty), every link to <c>#fragment</c> finds its id, and every element is closed in order. The writers escape every
    /// <c>&lt;</c> of text, so each <c>&lt;</c> starts a tag, a comment or the doctype.
    /// </summary>
    public static class HtmlChecks
    {
        /// <summary>HTML's void elements, which have no end tag.</summary>
        private static readonly HashSet<string> Void = new() { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

        private static readonly Regex Tag = new(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*?)(/?)>|<!DOCTYPE html>|<!--.*?-->", RegexOptions.Singleline);

        private static readonly Regex Id = new("\\sid=\"([^\"]*)\"");

        private static readonly Regex FragmentLink = new("\\shref=\"#([^\"]*)\"");

        /// <summary>The problems found, each a line; empty when there are none.</summary>
        public static IReadOnlyList<string> Problems(string html)
        {
            var problems = new List<string>();
            var ids = Id.Matches(html).Select(match => match.Groups[1].Value).ToList();
            problems.AddRange(ids.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => "id '" + group.Key + "' is used " + group.Count() + " times"));
            problems.AddRange(ids.Where(id => id.Length == 0 || id.Any(char.IsWhiteSpace)).Select(id => "id '" + id + "' is empty or has a space"));
            problems.AddRange(FragmentLink.Matches(html).Select(match => match.Groups[1].Value).Where(target => !ids.Contains(target))
                .Select(target => "the link to #" + target + " finds no id"));

            var open = new Stack<string>();
            var position = 0;
            foreach (Match match in Tag.Matches(html))
            {
                if (html.IndexOf('<', position, match.Index - position) is var stray and >= 0)
                {
                    problems.Add("a '<' that starts no tag at " + stray);
                }

                position = match.Index + match.Length;
                var name = match.Groups[2].Value.ToLowerInvariant();
                if (name.Length == 0 || Void.Contains(name) || match.Groups[4].Value == "/")
                {
                    continue;
                }

                if (match.Groups[1].Value.Length == 0)
                {
                    open.Push(name);
                }
                else if (open.Count == 0 || open.Pop() != name)
                {
                    problems.Add("</" + name + "> at " + match.Index + " closes no open <" + name + ">");
                    break;
                }
            }

            if (html.IndexOf('<', position) is var last and >= 0)
            {
                problems.Add("a '<' that starts no tag at " + last);
            }

            problems.AddRange(open.Select(name => "<" + name + "> is never closed"));
            return problems;
        }
    }
}
