import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { createTranslator, loadMessages } from '../js/i18n.js';

const uiDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const en = JSON.parse(readFileSync(path.join(uiDir, 'i18n', 'en.json'), 'utf8'));

test('placeholders are filled, unknown ones are left visible', () => {
  const t = createTranslator({ greet: 'Hello {name}, {missing}' });
  assert.equal(t('greet', { name: 'Ana' }), 'Hello Ana, {missing}');
});

test('a missing key shows the key, never throws', () => {
  const t = createTranslator({});
  assert.equal(t('nav.nowhere'), 'nav.nowhere');
});

test('keys inherited from Object.prototype are not messages', () => {
  const t = createTranslator({});
  assert.equal(t('toString'), 'toString');
});

test('loadMessages fetches the catalog beside the page and reports a missing one', async () => {
  const fetchOk = async (url) => ({ ok: true, json: async () => ({ url }) });
  assert.deepEqual(await loadMessages('en', fetchOk), { url: 'i18n/en.json' });
  const fetchMissing = async () => ({ ok: false, status: 404 });
  await assert.rejects(loadMessages('fil', fetchMissing), /message catalog fil is missing \(404\)/);
});

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

test('every literal key the UI looks up exists in the English catalog', () => {
  const used = new Set();
  for (const file of jsFiles(path.join(uiDir, 'js'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bt\('([a-z0-9_.]+)'/g)) used.add(match[1]);
    for (const match of source.matchAll(/labelKey: '([a-z0-9_.]+)'/g)) used.add(match[1]);
  }
  assert.ok(used.size > 10, `found only ${used.size} keys; is the scan broken?`);
  const missing = [...used].filter((key) => !Object.hasOwn(en, key));
  assert.deepEqual(missing, []);
});

test('every data-folder source the core reports has words', () => {
  for (const source of ['platform', 'environment', 'flag']) {
    assert.ok(Object.hasOwn(en, `data.folder_source.${source}`), source);
  }
});
