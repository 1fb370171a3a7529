import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { findDotnet, serverCommand } from '../../src/dotnet';

const files = (...existing: string[]) => (file: string) => existing.includes(file);

test('dotnet is found in DOTNET_ROOT before PATH', () => {
  const env = { DOTNET_ROOT: '/opt/dotnet', PATH: '/usr/bin:/usr/local/bin' };
  assert.equal(findDotnet(env, 'linux', files('/usr/bin/dotnet', '/opt/dotnet/dotnet')), path.join('/opt/dotnet', 'dotnet'));
});

test('dotnet is found on PATH, in the first folder that has it', () => {
  const env = { PATH: '/usr/bin:/usr/local/bin:/home/u/.dotnet' };
  assert.equal(findDotnet(env, 'linux', files('/home/u/.dotnet/dotnet', '/usr/local/bin/dotnet')), path.join('/usr/local/bin', 'dotnet'));
});

test('on Windows dotnet is dotnet.exe and PATH is separated by semicolons', () => {
  const env = { PATH: 'C:\\Windows;C:\\Program Files\\dotnet' };
  const found = findDotnet(env, 'win32', (file) => file.endsWith('dotnet.exe') && file.includes('Program Files'));
  assert.equal(found, path.join('C:\\Program Files\\dotnet', 'dotnet.exe'));
});

test('no dotnet anywhere is undefined', () => {
  assert.equal(findDotnet({ PATH: '/usr/bin' }, 'linux', files()), undefined);
  assert.equal(findDotnet({}, 'linux', files('/dotnet')), undefined);
});

test('a server dll runs on dotnet with --stdio', () => {
  assert.deepEqual(serverCommand('/ext/server/DslPlanning.LanguageServer.dll', '/usr/bin/dotnet'), {
    command: '/usr/bin/dotnet',
    args: ['/ext/server/DslPlanning.LanguageServer.dll', '--stdio'],
  });
});

test('a server dll without dotnet cannot start', () => {
  assert.equal(serverCommand('/ext/server/DslPlanning.LanguageServer.DLL', undefined), undefined);
});

test('a server executable starts by itself, without dotnet', () => {
  assert.deepEqual(serverCommand('/opt/dslplanning/DslPlanning.LanguageServer', undefined), {
    command: '/opt/dslplanning/DslPlanning.LanguageServer',
    args: ['--stdio'],
  });
});
