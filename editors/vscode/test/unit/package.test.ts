import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.join(__dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = read('package.json');
const english: Record<string, string> = read('package.nls.json');
const swedish: Record<string, string> = read('package.nls.sv.json');

test('dslplanning.language: auto, sv or en, auto by default', () => {
  const setting = manifest.contributes.configuration.properties['dslplanning.language'];
  assert.deepEqual(setting.enum, ['auto', 'sv', 'en']);
  assert.equal(setting.default, 'auto');
  assert.equal(setting.markdownEnumDescriptions.length, setting.enum.length);
});

test("the settings' texts are in English and Swedish, every placeholder in both, the Swedish translated", () => {
  const placeholders = [...JSON.stringify(manifest.contributes).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
  assert.ok(placeholders.includes('dslplanning.language.description'));
  assert.deepEqual(Object.keys(english).sort(), [...new Set(placeholders)].sort());
  assert.deepEqual(Object.keys(swedish).sort(), Object.keys(english).sort());
  for (const key of Object.keys(english)) {
    assert.notEqual(swedish[key], english[key], key);
  }
  assert.match(english['dslplanning.language.description'], /`auto` follows VS Code's display language/);
  assert.match(swedish['dslplanning.language.description'], /`auto` följer VS Codes visningsspråk/);
});

test("the .vsix holds the settings' texts", () => {
  const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('!package.nls.json') && ignore.includes('!package.nls.sv.json'));
});

test("the client library sends VS Code's display language as the locale of initialize, so the extension does not", () => {
  const client = readFileSync(path.join(root, 'node_modules', 'vscode-languageclient', 'lib', 'common', 'client.js'), 'utf8');
  assert.match(client, /locale: this\.getLocale\(\)/);
  assert.match(client, /getLocale\(\) \{\s*return vscode_1\.env\.language;/);
});
