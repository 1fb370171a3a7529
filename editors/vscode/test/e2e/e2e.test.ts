// A plan author's session against the built language server over stdio, with a real LSP client: what VS Code does
// with the extension. A step whose feature the server does not advertise yet is skipped with a notice; once the
// server advertises it, the step must pass.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, TestContext } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItem,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  Location,
  LocationLink,
  Position,
  ReferencesRequest,
  RenameRequest,
  ServerCapabilities,
  ShutdownRequest,
  TextDocumentSyncKind,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { ServerSession } from './server';
import { applyEdits, offsetAt, positionAt, rangeOf } from './text';

const plans = path.resolve(__dirname, '..', '..', '..', 'plans');

/** The documents the client has open: their text and version, kept in step with the server. */
class OpenDocuments {
  private readonly texts = new Map<string, { text: string; version: number }>();

  constructor(
    private readonly session: ServerSession,
    private readonly syncKind: TextDocumentSyncKind,
  ) {}

  async open(uri: string, text: string): Promise<void> {
    this.texts.set(uri, { text, version: 1 });
    await this.session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plan', version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /** Replaces the first `before` with `after`, as typing would: one change of the range that differs, or the whole text. */
  async replace(uri: string, before: string, after: string): Promise<string> {
    const document = this.texts.get(uri)!;
    const start = document.text.indexOf(before);
    assert.ok(start >= 0, `'${before}' is not in ${uri}`);
    const text = document.text.slice(0, start) + after + document.text.slice(start + before.length);
    const range = { start: positionAt(document.text, start), end: positionAt(document.text, start + before.length) };
    document.text = text;
    document.version++;
    await this.session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges: this.syncKind === TextDocumentSyncKind.Incremental ? [{ range, text: after }] : [{ text }],
    });
    return text;
  }
}

/** Runs a step when the server advertises its feature, and otherwise skips it with a notice. */
function step(t: TestContext, name: string, capability: keyof ServerCapabilities, capabilities: () => ServerCapabilities, body: () => Promise<void>) {
  const advertised = () => capabilities()[capability] !== undefined && capabilities()[capability] !== false;
  return t.test(name, async (s) => {
    if (!advertised()) {
      console.log(`notice: skipped '${name}': the server does not advertise ${capability} yet`);
      s.skip(`the server does not advertise ${capability} yet`);
      return;
    }
    await body();
  });
}

function locations(result: Location | Location[] | LocationLink[] | null): Location[] {
  const list = result === null ? [] : Array.isArray(result) ? result : [result];
  return list.map((item) => ('targetUri' in item ? { uri: item.targetUri, range: item.targetSelectionRange } : item));
}

function hoverText(hover: Hover | null): string {
  const contents = hover?.contents;
  if (contents === undefined) {
    return '';
  }
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  const items = result === null ? [] : Array.isArray(result) ? result : result.items;
  return items.map((item) => item.label);
}

function samePath(uri: string, file: string): boolean {
  return path.resolve(fileURLToPath(uri)) === path.resolve(file);
}

/** Plan text without its strings and comments: what a rename may change. */
function code(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/gs, '""').replace(/#[^\r\n]*/g, '');
}

test('a plan author edits krokom.plan in a workspace of the real plans', async (t) => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'dslplanning-e2e-'));
  for (const plan of readdirSync(plans).filter((name) => name.endsWith('.plan'))) {
    copyFileSync(path.join(plans, plan), path.join(workspace, plan));
  }
  let session: ServerSession | undefined;
  try {
    session = new ServerSession(workspace);
    await walk(t, session, workspace);
  } finally {
    session?.connection.dispose();
    if (session?.process.exitCode === null && session.process.signalCode === null) {
      session.process.kill();
    }
    rmSync(workspace, { recursive: true, force: true });
  }
});

async function walk(t: TestContext, session: ServerSession, workspace: string): Promise<void> {
  const fileOf = (name: string) => path.join(workspace, name);
  const uriOf = (name: string) => pathToFileURL(fileOf(name)).href;
  const original = (name: string) => readFileSync(fileOf(name), 'utf8');
  const krokom = uriOf('krokom.plan');
  const { connection } = session;
  let capabilities: ServerCapabilities = {};
  let documents: OpenDocuments | undefined;
  const open = () => documents!;

  await t.test('initialize: the server says what it can do', async () => {
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'dslplanning-e2e' },
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'plans' }],
      initializationOptions: { asOf: null, inlayHints: { enabled: false } },
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false }, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: true },
          rename: { prepareSupport: true },
        },
      },
    });
    capabilities = result.capabilities;
    const sync = capabilities.textDocumentSync;
    const syncKind = typeof sync === 'number' ? sync : sync?.change;
    assert.ok(syncKind === TextDocumentSyncKind.Full || syncKind === TextDocumentSyncKind.Incremental, `document sync: ${JSON.stringify(sync)}`);
    assert.ok(typeof sync === 'number' || sync?.openClose === true, 'the server is told which documents are open');
    documents = new OpenDocuments(session, syncKind);
    await connection.sendNotification(InitializedNotification.type, {});
  });

  await t.test('open krokom.plan: no errors', async () => {
    await open().open(krokom, original('krokom.plan'));
    const published = await session.diagnosticsOf(krokom, () => true, 'any are published');
    assert.deepEqual(
      published.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  await t.test('break a reference: SP1002 at the reference', async () => {
    const text = await open().replace(krokom, 'priority 1 serves JämtlandRSP.IO1 {', 'priority 1 serves JämtlandRSP.IO9 {');
    const published = await session.diagnosticsOf(krokom, (all) => all.some((d) => d.code === 'SP1002'), 'SP1002 is reported');
    const unknown = published.filter((diagnostic) => diagnostic.code === 'SP1002');
    assert.equal(unknown.length, 1, JSON.stringify(unknown));
    assert.equal(unknown[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(unknown[0].range, rangeOf(text, 'JämtlandRSP.IO9'));
    const message = unknown[0].message;
    assert.match(typeof message === 'string' ? message : message.value, /'IO9'/);
  });

  await t.test('fix it: the diagnostic goes', async () => {
    await open().replace(krokom, 'serves JämtlandRSP.IO9 {', 'serves JämtlandRSP.IO1 {');
    const published = await session.diagnosticsOf(krokom, (all) => !all.some((d) => d.code === 'SP1002'), 'SP1002 is gone');
    assert.deepEqual(published.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error), []);
  });

  await step(t, 'completion: actors after owner, statements in an action', 'completionProvider', () => capabilities, async () => {
    const owner = rangeOf(open().text(krokom), 'owner KrokomsKommun').start;
    const actors = labels(await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: krokom }, position: { line: owner.line, character: owner.character + 'owner '.length } }));
    assert.ok(actors.includes('Näringslivskontoret') && actors.includes('Arbetsgruppen'), `completion after owner: ${actors.join(', ')}`);

    const header = '    action Upphandling "Upphandling med koppling till kommersiell service" {\n';
    const text = await open().replace(krokom, header, `${header}      \n`);
    const blank = positionAt(text, text.indexOf(header) + header.length + '      '.length);
    const statements = labels(await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: krokom }, position: blank }));
    await open().replace(krokom, `${header}      \n`, header);
    for (const keyword of ['owner', 'cost', 'funding', 'places', 'subsidy']) {
      assert.ok(statements.includes(keyword), `completion in an action lacks ${keyword}: ${statements.join(', ')}`);
    }
    assert.ok(!statements.includes('revision'), 'revision is a statement of plans, not of actions');
  });

  await step(t, 'hover: a funder shows its title', 'hoverProvider', () => capabilities, async () => {
    const funding = rangeOf(open().text(krokom), 'RegionJH 50 %').start;
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: krokom }, position: funding });
    assert.match(hoverText(hover), /Region Jämtland Härjedalen/);
  });

  await step(t, 'definition: a goal of the regional programme is in jamtland-rsp.plan', 'definitionProvider', () => capabilities, async () => {
    const reference = rangeOf(open().text(krokom), 'JämtlandRSP.IO1 {').start;
    const result = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: krokom }, position: { line: reference.line, character: reference.character + 'JämtlandRSP.'.length } });
    const found = locations(result);
    assert.equal(found.length, 1, JSON.stringify(result));
    assert.ok(samePath(found[0].uri, fileOf('jamtland-rsp.plan')), found[0].uri);
    assert.equal(found[0].range.start.line, rangeOf(original('jamtland-rsp.plan'), 'area IO1 ').start.line);
  });

  await step(t, 'references: where krokom.plan uses its funder RegionJH', 'referencesProvider', () => capabilities, async () => {
    const text = open().text(krokom);
    const declaration = rangeOf(text, 'funder RegionJH').start;
    const result = await connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: krokom },
      position: { line: declaration.line, character: declaration.character + 'funder '.length },
      context: { includeDeclaration: false },
    });
    const byPosition = (a: Location, b: Location) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
    const funding = rangeOf(text, 'RegionJH 50 %').start;
    const paidBy = rangeOf(text, 'paid-by RegionJH').start;
    assert.deepEqual(
      (result ?? []).sort(byPosition).map((location) => ({ inKrokom: samePath(location.uri, fileOf('krokom.plan')), range: location.range })),
      [
        { inKrokom: true, range: { start: funding, end: { line: funding.line, character: funding.character + 'RegionJH'.length } } },
        { inKrokom: true, range: { start: { line: paidBy.line, character: paidBy.character + 'paid-by '.length }, end: { line: paidBy.line, character: paidBy.character + 'paid-by RegionJH'.length } } },
      ],
    );
  });

  await step(t, 'rename: the programme\'s funder, used by the action plan too, is renamed in both; a clashing name is refused', 'renameProvider', () => capabilities, async () => {
    const programme = uriOf('vasterbotten-rsp.plan');
    const actionPlan = uriOf('vasterbotten-handlingsplan-2018.plan');
    await open().open(programme, original('vasterbotten-rsp.plan'));
    await open().open(actionPlan, original('vasterbotten-handlingsplan-2018.plan'));
    await open().replace(actionPlan, '      owner Kommunerna\n    }\n', '      owner Kommunerna\n      funding VästerbottenRSP.Anslag11\n    }\n');
    const declaration = rangeOf(open().text(programme), 'funder Anslag11').start;
    const position: Position = { line: declaration.line, character: declaration.character + 'funder '.length };

    const edit: WorkspaceEdit | null = await connection.sendRequest(RenameRequest.type, { textDocument: { uri: programme }, position, newName: 'Länsstyrelsens1_1' });
    const byUri = new Map<string, TextEdit[]>(Object.entries(edit?.changes ?? {}));
    for (const change of edit?.documentChanges ?? []) {
      if ('edits' in change) {
        byUri.set(change.textDocument.uri, change.edits.map((e) => e as TextEdit));
      }
    }
    const renamed = new Map<string, string>();
    for (const [uri, edits] of byUri) {
      const file = path.basename(fileURLToPath(uri));
      const before = open().text(uriOf(file));
      for (const e of edits) {
        assert.equal(before.slice(offsetAt(before, e.range.start), offsetAt(before, e.range.end)), 'Anslag11', `${file}: ${JSON.stringify(e)}`);
        assert.equal(e.newText, 'Länsstyrelsens1_1');
      }
      renamed.set(file, applyEdits(before, edits));
    }
    assert.deepEqual([...renamed.keys()].sort(), ['vasterbotten-handlingsplan-2018.plan', 'vasterbotten-rsp.plan']);
    assert.match(renamed.get('vasterbotten-handlingsplan-2018.plan')!, /funding VästerbottenRSP\.Länsstyrelsens1_1\n/);
    assert.match(renamed.get('vasterbotten-rsp.plan')!, /funder Länsstyrelsens1_1 "Länsstyrelsens 1:1 anslag"/);
    for (const [file, text] of renamed) {
      assert.ok(!code(text).includes('Anslag11'), `${file} still names Anslag11 outside strings and comments`);
    }

    await assert.rejects(
      connection.sendRequest(RenameRequest.type, { textDocument: { uri: programme }, position, newName: 'RegionalaTillväxtåtgärder' }),
      /RegionalaTillväxtåtgärder/,
      'renaming a funder to the name of another funder of the plan is refused with a message',
    );
  });

  await step(t, 'formatting: a misformatted line is put back in the canonical layout', 'documentFormattingProvider', () => capabilities, async () => {
    const canonical = open().text(krokom);
    const messy = await open().replace(krokom, '  owner KrokomsKommun\n  period', '      owner    KrokomsKommun\n  period');
    const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: krokom }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(applyEdits(messy, edits ?? []), canonical);
  });

  await t.test('shutdown and exit: the server ends, and no process is left', async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await session.exitCode(), 0);
    assert.throws(() => process.kill(session.process.pid!, 0), /ESRCH/);
  });
}
