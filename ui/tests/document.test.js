import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { COST_COLUMNS, COST_LABELS, PAPERS, milestoneCells, rememberPaper, savedPaper } from '../js/document-model.js';
import { actionFor } from '../js/shortcuts.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, String(v)) };
}

test('the paper is remembered, and anything unknown falls back to A4', () => {
  const storage = memoryStorage();
  assert.equal(savedPaper(storage), 'a4');
  rememberPaper('letter', storage);
  assert.equal(savedPaper(storage), 'letter');
  rememberPaper('tabloid', storage);
  assert.equal(savedPaper(storage), 'letter', 'an unknown size is not stored');
  storage.setItem('pathway.paper', 'a3');
  assert.equal(savedPaper(storage), 'a4');
  for (const paper of PAPERS) assert.ok(en[`document.paper.${paper}`], paper);
});

test('a milestone row ticks its box only when done, and keeps typed text as it is', () => {
  const base = { title: '<b>Labs</b>', phase: 'Hands-on labs', status: 'To do', exam: null, start: '1 Mar 2027', end: '9 Mar 2027', hours: '12.5', notes: '*not bold*', done: false };
  const open = milestoneCells(base);
  assert.equal(open.box, '☐');
  assert.equal(open.title, '<b>Labs</b>');
  assert.equal(open.detail, 'Hands-on labs · To do');
  assert.equal(open.notes, '*not bold*');
  const done = milestoneCells({ ...base, done: true, status: 'Done', exam: 'exam CompTIA A+ on 12 Jun 2027' });
  assert.equal(done.box, '☑');
  assert.equal(done.detail, 'Hands-on labs · Done · exam CompTIA A+ on 12 Jun 2027');
});

test('the cost table names every column from the core\'s report labels', () => {
  assert.equal(COST_COLUMNS.length, COST_LABELS.length);
  for (const key of COST_LABELS) assert.ok(en[`report.${key}`], key);
});

test('Ctrl+P (⌘P on macOS) prints the plan', () => {
  assert.equal(actionFor({ key: 'p', ctrlKey: true }, false), 'print');
  assert.equal(actionFor({ key: 'p', metaKey: true }, true), 'print');
  assert.equal(actionFor({ key: 'p', ctrlKey: true, shiftKey: true }, false), null);
  for (const key of ['document.title', 'document.print', 'document.export', 'nav.document', 'help.shortcut.print']) assert.ok(en[key], key);
});
