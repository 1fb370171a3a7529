import { fake } from './fake-vscode';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { activate, deactivate } from '../../src/extension';

let folder: string;
let extension: string;
let dotnet: string;
const saved = { PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT };

/** An installed extension (its server .dll) and a `dotnet` on PATH, as files; nothing runs them. */
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dslplanning-extension-'));
  extension = path.join(folder, 'extension');
  mkdirSync(path.join(extension, 'server'), { recursive: true });
  writeFileSync(path.join(extension, 'server', 'DslPlanning.LanguageServer.dll'), '');
  mkdirSync(path.join(folder, 'bin'));
  dotnet = path.join(folder, 'bin', process.platform === 'win32' ? 'dotnet.exe' : 'dotnet');
  writeFileSync(dotnet, '');
  process.env.PATH = path.join(folder, 'bin');
  delete process.env.DOTNET_ROOT;
});

afterEach(async () => {
  await deactivate();
  process.env.PATH = saved.PATH;
  if (saved.DOTNET_ROOT !== undefined) {
    process.env.DOTNET_ROOT = saved.DOTNET_ROOT;
  }
  rmSync(folder, { recursive: true, force: true });
});

function context() {
  return { subscriptions: [] as unknown[], asAbsolutePath: (relative: string) => path.join(extension, relative) };
}

async function activated(settings: Record<string, unknown>) {
  fake.reset(settings);
  await activate(context() as never);
}

test('the bundled server starts on dotnet for plan documents, told the settings, watching every plan file', async () => {
  await activated({ asOf: '2026-11-24' });

  assert.equal(fake.clients.length, 1);
  const [client] = fake.clients;
  assert.deepEqual(client.serverOptions, { command: dotnet, args: [path.join(extension, 'server', 'DslPlanning.LanguageServer.dll'), '--stdio'] });
  assert.deepEqual(client.clientOptions.documentSelector, [{ language: 'plan' }]);
  assert.deepEqual(client.clientOptions.initializationOptions, { asOf: '2026-11-24', inlayHints: { enabled: false }, language: 'auto' });
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.plan');
  assert.equal(client.id, 'dslplanning', 'the client id is the settings section, so dslplanning.trace.server applies');
  assert.ok(client.running);
  assert.deepEqual(fake.errors, []);
});

test('changed settings are sent to the server under settings.dslplanning', async () => {
  await activated({});

  await fake.change({ 'inlayHints.enabled': true, asOf: '2025-01-01' });
  await fake.change({ 'inlayHints.enabled': true, asOf: '2025-01-01', language: 'sv' });

  assert.deepEqual(fake.clients[0].notifications, [
    { method: 'workspace/didChangeConfiguration', params: { settings: { dslplanning: { asOf: '2025-01-01', inlayHints: { enabled: true }, language: 'auto' } } } },
    { method: 'workspace/didChangeConfiguration', params: { settings: { dslplanning: { asOf: '2025-01-01', inlayHints: { enabled: true }, language: 'sv' } } } },
  ]);
  assert.equal(fake.clients.length, 1, 'a new language does not restart the server');
});

test('the language setting is sent at start as set', async () => {
  await activated({ language: 'en' });

  assert.deepEqual(fake.clients[0].clientOptions.initializationOptions, { asOf: null, inlayHints: { enabled: false }, language: 'en' });
});

test('another server path stops the server and starts the one it names', async () => {
  await activated({});
  const other = path.join(folder, 'DslPlanning.LanguageServer');
  writeFileSync(other, '');

  await fake.change({ 'server.path': other });

  assert.equal(fake.clients.length, 2);
  assert.ok(!fake.clients[0].running);
  assert.deepEqual(fake.clients[1].serverOptions, { command: other, args: ['--stdio'] });
  assert.ok(fake.clients[1].running);
});

test('without dotnet the user is told to install .NET, and no server starts', async () => {
  process.env.PATH = path.join(folder, 'empty');

  await activated({});

  assert.deepEqual(fake.clients, []);
  assert.equal(fake.errors.length, 1);
  assert.match(fake.errors[0], /needs the \.NET runtime.*no `dotnet` was found on PATH or in DOTNET_ROOT/);
});

test('a server path that does not exist is named in the error, and no server starts', async () => {
  await activated({ 'server.path': path.join(folder, 'missing.dll') });

  assert.deepEqual(fake.clients, []);
  assert.match(fake.errors[0], /missing\.dll does not exist/);
});
