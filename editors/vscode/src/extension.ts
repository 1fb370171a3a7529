import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { findDotnet, serverCommand } from './dotnet';
import { serverSettings } from './settings';

const section = 'dslplanning';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const planFiles = vscode.workspace.createFileSystemWatcher('**/*.plan');
  context.subscriptions.push(
    planFiles,
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (change.affectsConfiguration(`${section}.server.path`)) {
        await stop();
        await start(context, planFiles);
      } else if (change.affectsConfiguration(section) && client?.isRunning()) {
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [section]: currentSettings() } });
      }
    }),
    { dispose: () => void stop() },
  );
  await start(context, planFiles);
}

export function deactivate(): Promise<void> {
  return stop();
}

async function start(context: vscode.ExtensionContext, planFiles: vscode.FileSystemWatcher): Promise<void> {
  const configured = vscode.workspace.getConfiguration(section).get('server.path', '').trim();
  const server = configured || context.asAbsolutePath('server/DslPlanning.LanguageServer.dll');
  if (!isFile(server)) {
    void vscode.window.showErrorMessage(`DslPlanning: the language server ${server} does not exist. Check the setting dslplanning.server.path, or reinstall the extension.`);
    return;
  }
  const command = serverCommand(server, findDotnet(process.env, process.platform, isFile));
  if (command === undefined) {
    void vscode.window.showErrorMessage(
      'DslPlanning needs the .NET runtime (10.0 or later) to run its language server, and no `dotnet` was found on PATH or in DOTNET_ROOT. Install .NET and reload the window.',
    );
    return;
  }

  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'plan' }],
    initializationOptions: currentSettings(),
    synchronize: { fileEvents: planFiles },
  };
  client = new LanguageClient(section, 'DslPlanning', command, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`DslPlanning: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.needsStop()) {
    await running.stop();
  }
}

function currentSettings() {
  return serverSettings(vscode.workspace.getConfiguration(section));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
