import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Section, serverSettings } from '../../src/settings';

function section(values: Record<string, unknown>): Section {
  return { get: <T>(key: string, defaultValue: T) => (key in values ? (values[key] as T) : defaultValue) };
}

test('the defaults: no as-of date, no inlay hints, the language of VS Code', () => {
  assert.deepEqual(serverSettings(section({})), { asOf: null, inlayHints: { enabled: false }, language: 'auto' });
});

test('the as-of date, inlay hints and language as set', () => {
  assert.deepEqual(serverSettings(section({ asOf: ' 2026-11-24 ', 'inlayHints.enabled': true, language: 'sv' })), {
    asOf: '2026-11-24',
    inlayHints: { enabled: true },
    language: 'sv',
  });
});

test('a language is passed as written, for the server to check; an empty or odd one is auto', () => {
  assert.equal(serverSettings(section({ language: 'en' })).language, 'en');
  assert.equal(serverSettings(section({ language: 'svenska' })).language, 'svenska');
  assert.equal(serverSettings(section({ language: ' ' })).language, 'auto');
  assert.equal(serverSettings(section({ language: 7 })).language, 'auto');
});

test('an empty as-of date is none', () => {
  assert.equal(serverSettings(section({ asOf: '  ' })).asOf, null);
});

test('an as-of date is passed as written, for the server to check', () => {
  assert.equal(serverSettings(section({ asOf: '24/11/2026' })).asOf, '24/11/2026');
});
