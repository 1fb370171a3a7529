import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

// Run from the bundle in out/, so the extension's folder is one up.
const configuration = JSON.parse(readFileSync(path.join(__dirname, '..', 'language-configuration.json'), 'utf8'));

/** The words VS Code sees in a line, with the word pattern as VS Code compiles it (global, no other flags). */
function words(line: string): string[] {
  return line.match(new RegExp(configuration.wordPattern, 'g')) ?? [];
}

test('a word is a whole name: Swedish letters, dotted goal names, hyphenated words', () => {
  assert.deepEqual(words('serves JämtlandRSP.IO1, VästerbottenRSP.3.1'), ['serves', 'JämtlandRSP.IO1', 'VästerbottenRSP.3.1']);
  assert.deepEqual(words('place Åkersjön level 4 { needs groceries }'), ['place', 'Åkersjön', 'level', '4', 'needs', 'groceries']);
  assert.deepEqual(words('subsidy home-delivery-grant for Ö_1'), ['subsidy', 'home-delivery-grant', 'for', 'Ö_1']);
  assert.deepEqual(words('actor Näringslivskontoret "Näringslivskontoret, Krokom"'), ['actor', 'Näringslivskontoret', 'Näringslivskontoret', 'Krokom']);
});

test('a word does not take the dot or hyphen after it, nor a range operator', () => {
  assert.deepEqual(words('G2.1..G2.3 and Service-'), ['G2.1', 'G2.3', 'and', 'Service']);
});

test('the line after a block opener is indented, and a closing brace is outdented', () => {
  const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
  for (const opener of ['  action Hemsändning "Hemsändning {bidrag}" serves G2.1 {', 'place Kluk level 3 {   # kommentar', 'subsidy home-delivery-grant in 2024 {']) {
    assert.ok(increase.test(opener), opener);
  }
  for (const line of ['  place Kluk level 3 { services groceries }', '  note "Ett { i en sträng"', '  # {', '  owner KrokomsKommun']) {
    assert.ok(!increase.test(line), line);
  }
  assert.ok(decrease.test('    }'));
  assert.ok(!decrease.test('  note "}"'));
});

test('comments, brackets and the pairs VS Code closes and surrounds', () => {
  assert.equal(configuration.comments.lineComment, '#');
  assert.deepEqual(configuration.brackets, [['{', '}']]);
  assert.deepEqual(configuration.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close), ['{}', '""']);
  assert.deepEqual(configuration.surroundingPairs, [['{', '}'], ['"', '"']]);
});
