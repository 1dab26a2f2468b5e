import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const uiDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(uiDir);

test('the sidebar mark is the icon source, byte for byte', () => {
  assert.deepEqual(
    readFileSync(path.join(uiDir, 'img', 'mark.svg')),
    readFileSync(path.join(root, 'icons', 'pathway.svg')),
    'copy icons/pathway.svg to ui/img/mark.svg after changing the icon');
});

test('no HTML, CSS or JS file loads anything from the network', () => {
  const offenders = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { if (entry.name !== 'tests') walk(full); continue; }
      if (!/\.(html|css|js)$/.test(entry.name)) continue;
      const source = readFileSync(full, 'utf8');
      if (/(src|href)\s*=\s*["']https?:|url\(\s*["']?https?:|@import\s+["']?https?:|fetch\(\s*["']https?:/.test(source)) {
        offenders.push(path.relative(uiDir, full));
      }
    }
  };
  walk(uiDir);
  assert.deepEqual(offenders, []);
});

test('no markup carries an inline style or inline script (the CSP forbids both)', () => {
  const html = readFileSync(path.join(uiDir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /\sstyle\s*=/);
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/);
});

test('only bridge.js reaches the backend', () => {
  const offenders = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { walk(full); continue; }
      if (!entry.name.endsWith('.js') || entry.name === 'bridge.js') continue;
      if (/__TAURI__|__TAURI_INTERNALS__|\binvoke\(/.test(readFileSync(full, 'utf8'))) offenders.push(entry.name);
    }
  };
  walk(path.join(uiDir, 'js'));
  assert.deepEqual(offenders, []);
});

test('every error code the UI words is a code the core or the bridge can emit', async () => {
  const { unionOf } = await import('./support/protocol.js');
  const en = JSON.parse(readFileSync(path.join(uiDir, 'i18n', 'en.json'), 'utf8'));
  const worded = Object.keys(en).filter((k) => k.startsWith('error.code.')).map((k) => k.slice('error.code.'.length));
  const emitted = new Set([...unionOf('ErrorCode'), 'ipc.unavailable']);
  assert.ok(worded.length >= 60, `${worded.length} codes worded`);
  for (const code of worded) assert.ok(emitted.has(code), `error.code.${code} words a code nothing emits`);
  for (const code of emitted) assert.ok(worded.includes(code), `${code} has no words`);
});
