import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Section, serverSettings } from '../../src/settings';

function section(values: Record<string, unknown>): Section {
  return { get: <T>(key: string, defaultValue: T) => (key in values ? (values[key] as T) : defaultValue) };
}

test('the defaults: no as-of date, no inlay hints', () => {
  assert.deepEqual(serverSettings(section({})), { asOf: null, inlayHints: { enabled: false } });
});

test('the as-of date and inlay hints as set', () => {
  assert.deepEqual(serverSettings(section({ asOf: ' 2026-11-24 ', 'inlayHints.enabled': true })), {
    asOf: '2026-11-24',
    inlayHints: { enabled: true },
  });
});

test('an empty as-of date is none', () => {
  assert.equal(serverSettings(section({ asOf: '  ' })).asOf, null);
});

test('an as-of date is passed as written, for the server to check', () => {
  assert.equal(serverSettings(section({ asOf: '24/11/2026' })).asOf, '24/11/2026');
});
