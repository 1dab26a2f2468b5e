import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nextSteps } from '../js/views/home.js';
import { initialDraft, currencySymbol } from '../js/views/setup.js';
import { recoveryActions } from '../js/views/recovery.js';

const OPTIONS = {
  currencies: [{ code: 'PHP', symbol: '₱' }, { code: 'INR', symbol: '₹' }, { code: 'USD', symbol: '$' }],
  default_currency: { ph: 'PHP', in: 'INR', us: 'USD', other: 'PHP' },
};

const summary = (profile) => ({
  profile: {
    currency: 'PHP',
    pay: { base_monthly_minor: null, night_differential_monthly_minor: null, allowances_monthly_minor: null, thirteenth_month: false },
    monthly_expenses_minor: null,
    savings_minor: null,
    study: { hours_per_week: null, free_weekdays: [] },
    ...profile,
  },
  total_monthly_pay_minor: null,
  day_shift_drop_minor: 0,
});

test('an empty profile asks for pay, money and time, then a backup', () => {
  assert.deepEqual(nextSteps(summary({})).map((s) => s.key),
    ['home.next.pay', 'home.next.money', 'home.next.time', 'home.next.backup']);
});

test('a complete profile says so and still suggests a backup', () => {
  const complete = summary({
    pay: { base_monthly_minor: 1, thirteenth_month: false },
    monthly_expenses_minor: 1,
    savings_minor: 1,
    study: { hours_per_week: 5, free_weekdays: ['sat'] },
  });
  assert.deepEqual(nextSteps(complete).map((s) => s.key), ['home.next.complete', 'home.next.backup']);
  assert.equal(nextSteps(complete)[1].href, '#/help');
});

test('the set-up guesses country and currency from the system locale, with the core\'s defaults', () => {
  assert.equal(initialDraft('en-IN', OPTIONS).country, 'in');
  assert.equal(initialDraft('en-IN', OPTIONS).currency, 'INR');
  assert.equal(initialDraft('fil-PH', OPTIONS).currency, 'PHP');
  assert.equal(initialDraft('en-US', OPTIONS).currency, 'USD');
  assert.deepEqual([initialDraft('en', OPTIONS).country, initialDraft('en', OPTIONS).currency], ['', 'PHP']);
  assert.deepEqual([initialDraft('en-GB', OPTIONS).country, initialDraft('en-GB', OPTIONS).currency], ['', 'PHP']);
});

test('currency symbols come from the options', () => {
  assert.equal(currencySymbol(OPTIONS, 'INR'), '₹');
  assert.equal(currencySymbol(OPTIONS, 'XXX'), '');
});

test('recovery offers what fits the failure', () => {
  assert.deepEqual(recoveryActions('store.damaged'), ['restore_newest_backup', 'start_fresh']);
  assert.deepEqual(recoveryActions('store.too_new'), ['restore_newest_backup', 'start_fresh']);
  assert.deepEqual(recoveryActions('store.locked'), ['retry']);
  assert.deepEqual(recoveryActions('store.create_folder'), ['retry']);
});

import { readFileSync as readCatalog } from 'node:fs';
import { createTranslator } from '../js/i18n.js';
import { provenanceText } from '../js/provenance.js';

test('every kind of provenance reads as a sentence', () => {
  const t = createTranslator(JSON.parse(readCatalog(new URL('../i18n/en.json', import.meta.url), 'utf8')));
  assert.equal(provenanceText({ kind: 'sourced', source: 'https://x.org', publisher: 'PSA', as_of: '2026-01-14' }, t), 'PSA, 14 January 2026');
  assert.equal(provenanceText({ kind: 'estimate', method: 'US median × 0.44' }, t), "Pathway's estimate: US median × 0.44");
  assert.match(provenanceText({ kind: 'user', entered_at: '2026-11-22T08:00:00Z' }, t, 'en-US'), /^Your own figure, entered November 2[12], 2026/);
  assert.equal(provenanceText(undefined, t), 'No figure yet — enter yours');
});

test('h() refuses an on* attribute given as text, and takes a handler as a function', async () => {
  const listened = [];
  globalThis.document = {
    createElement: (tag) => ({ tag, setAttribute() { throw new Error('no attribute expected'); }, addEventListener(type) { listened.push(type); }, append() {} }),
    createTextNode: (text) => ({ text }),
  };
  const { h } = await import('../js/dom.js');
  assert.throws(() => h('button', { onclick: 'alert(1)' }), /onclick: an event handler must be a function/);
  assert.throws(() => h('img', { ONERROR: 'x()' }), /ONERROR/);
  h('button', { onClick: () => {}, onfocus: null });
  assert.deepEqual(listened, ['click']);
  delete globalThis.document;
});

test('h() flattens nested children instead of printing them', async () => {
  // A minimal document: h() only needs createElement and createTextNode.
  const made = [];
  globalThis.document = {
    createElement: (tag) => ({ tag, children: [], setAttribute() {}, addEventListener() {}, append(...nodes) { this.children.push(...nodes); made.push(...nodes); } }),
    createTextNode: (text) => ({ text }),
  };
  const { h } = await import('../js/dom.js');
  const el = h('p', {}, 'a', ['b', ['c', null, false]], 'd');
  assert.deepEqual(el.children.map((n) => n.text), ['a', 'b', 'c', 'd']);
  delete globalThis.document;
});
