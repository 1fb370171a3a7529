using System.Collections.Generic;
using System.Linq;
using DslPlanning.LanguageServer.Features.CodeActions;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using StreamJsonRpc;

namespace DslPlanning.LanguageServer.Handlers
{
    /// <summary>
    /// <c>textDocument/codeAction</c>: the quick fixes of the diagnostics in the requested range, found from the current
    /// compilation rather than from the diagnostics the editor sends, which may be older.
    /// </summary>
    internal sealed class CodeActionHandler : IServerFeature
    {
        private readonly ServerWorkspace _workspace;

        public CodeActionHandler(ServerWorkspace workspace) => _workspace = workspace;

        public void Advertise(ServerCapabilities capabilities) =>
            capabilities.CodeActionProvider = new CodeActionOptions(new[] { CodeActionKind.QuickFix });

        [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
        public IReadOnlyList<CodeAction> CodeActions(CodeActionParams parameters)
        {
            if (_workspace.Find(parameters.TextDocument) is not { } found || parameters.Range is null)
            {
                return new CodeAction[0];
            }

            var (workspace, document) = found;
            var map = LineMap.Of(document.Text);
            var uri = _workspace.UriOf(document.Path);
            if (parameters.Context?.Only is { } only && !only.Contains(CodeActionKind.QuickFix))
            {
                return new CodeAction[0];
            }

            return PlanFixes.For(workspace, document, map.ToSpan(parameters.Range), _workspace.Language)
                .Select(fix => new CodeAction(
                    fix.Title,
                    CodeActionKind.QuickFix,
                    new[] { DiagnosticConverter.ToProtocol(fix.Diagnostic, document.Text, workspace, _workspace.UriOf, _workspace.Language) },
                    fix.IsPreferred,
                    new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>
                    {
                        [uri] = fix.Edits.Select(edit => new TextEdit(map.ToRange(edit.Span), edit.NewText)).ToList(),
                    })))
                .ToList();
        }
    }
}
