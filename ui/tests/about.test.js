import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

test('the licence list ships beside the page, grouped by licence', () => {
  const licences = JSON.parse(readFileSync(new URL('../licenses.json', import.meta.url), 'utf8'));
  assert.ok(licences.groups.length > 3);
  for (const group of licences.groups) {
    assert.equal(typeof group.licence, 'string');
    assert.ok(group.packages.length > 0, group.licence);
  }
  const all = licences.groups.flatMap((g) => g.packages);
  assert.ok(all.some((p) => p.startsWith('tauri ')));
  assert.ok(all.some((p) => p.startsWith('DejaVu Sans')));
});

test('About says what it must, from the catalog', () => {
  for (const key of ['about.title', 'about.offline', 'about.data_folder', 'about.log_folder', 'about.log_folder_help', 'about.open_folder', 'about.catalog_date', 'about.licences_title', 'nav.about']) {
    assert.ok(en[key], key);
  }
  assert.match(en['about.offline'], /no network connection/);
});
