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

test('an as-of date that is not YYYY-MM-DD is not sent', () => {
  for (const asOf of ['', '24/11/2026', '2026-11', 'idag']) {
    assert.equal(serverSettings(section({ asOf })).asOf, null, asOf);
  }
});
