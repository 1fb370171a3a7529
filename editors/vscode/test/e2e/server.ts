import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  Diagnostic,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { findDotnet } from '../../src/dotnet';

const repository = path.resolve(__dirname, '..', '..', '..');
const serverVariable = 'DSLPLANNING_LANGUAGE_SERVER';

/**
 * The built server: DSLPLANNING_LANGUAGE_SERVER, or the newest DslPlanning.LanguageServer.dll that `dotnet build` left
 * under src/DslPlanning.LanguageServer/bin/<configuration>/net10.0.
 */
export function serverDll(): string {
  const configured = process.env[serverVariable];
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`${serverVariable} is ${configured}, which does not exist.`);
    }
    return configured;
  }
  const bin = path.join(repository, 'src', 'DslPlanning.LanguageServer', 'bin');
  const built = (existsSync(bin) ? readdirSync(bin) : [])
    .map((configuration) => path.join(bin, configuration, 'net10.0', 'DslPlanning.LanguageServer.dll'))
    .filter((dll) => existsSync(dll))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (built.length === 0) {
    throw new Error(`No built language server under ${bin}: run \`dotnet build src/DslPlanning.LanguageServer\` first, or set ${serverVariable} to a DslPlanning.LanguageServer.dll.`);
  }
  return built[0];
}

/** A running server and a client connection to it over its stdin and stdout, as an editor has. */
export class ServerSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly exited: Promise<number | null>;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];
  private stderr = '';

  constructor(workspace: string) {
    const dotnet = findDotnet(process.env, process.platform, (file) => existsSync(file) && statSync(file).isFile());
    if (dotnet === undefined) {
      throw new Error('The end-to-end test needs `dotnet` on PATH or in DOTNET_ROOT to start the language server.');
    }
    this.process = spawn(dotnet, [serverDll(), '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.listen();
  }

  /** Waits for the diagnostics published for a document to satisfy a condition; fails after a generous bound rather than hang. */
  async diagnosticsOf(uri: string, condition: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const published = this.diagnostics.get(uri);
      if (published !== undefined && condition(published)) {
        return published;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`No diagnostics for ${uri} where ${what}; last published: ${JSON.stringify(published)}\nserver stderr:\n${this.stderr}`);
      }
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** The server's exit code once it has exited; fails after a generous bound rather than hang. */
  async exitCode(): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The server did not exit after 'exit'.\nserver stderr:\n${this.stderr}`)), 30_000);
    });
    try {
      return await Promise.race([this.exited, bound]);
    } finally {
      clearTimeout(timer);
    }
  }

  get errorOutput(): string {
    return this.stderr;
  }
}
