using System.Collections.Generic;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;

namespace DslPlanning.LanguageServer.Features.SemanticTokens
{
    /// <summary>
    /// The protocol's relative encoding: per token its line and start relative to the token before, its length, type and
    /// modifiers. A token never spans lines (a client need not support that), so a span over a line break is cut per line.
    /// </summary>
    internal static class SemanticTokenEncoder
    {
        public static IReadOnlyList<int> Encode(IEnumerable<ClassifiedSpan> spans, LineMap map)
        {
            var data = new List<int>();
            var previous = new Position(0, 0);
            foreach (var span in spans)
            {
                var start = map.ToPosition(span.Span.Start);
                var end = map.ToPosition(span.Span.End);
                for (var line = start.Line; line <= end.Line; line++)
                {
                    var from = line == start.Line ? start.Character : 0;
                    var to = line == end.Line ? end.Character : map.ToPosition(map.ToOffset(new Position(line, int.MaxValue))).Character;
                    if (to <= from)
                    {
                        continue;
                    }

                    data.Add(line - previous.Line);
                    data.Add(line == previous.Line ? from - previous.Character : from);
                    data.Add(to - from);
                    data.Add(span.Type);
                    data.Add(span.Modifiers);
                    previous = new Position(line, from);
                }
            }

            return data;
        }
    }
}
