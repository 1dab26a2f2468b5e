import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { createTranslator } from '../js/i18n.js';
import {
  GROUPS, emptyDraft, errorText, firstErrorByField, groupOf, sameDraft, withoutGroup,
} from '../js/profile-fields.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));
const t = createTranslator(en);

test('the draft has exactly the fields the core accepts', () => {
  // Mirrors pathway_core::profile::ProfileDraft, which refuses unknown fields.
  assert.deepEqual(Object.keys(emptyDraft()).sort(), [
    'allowances', 'base_pay', 'birth_year', 'citizen', 'country', 'currency', 'dependants', 'employer_trained', 'employment',
    'free_weekdays', 'hours_per_week', 'monthly_expenses', 'name', 'night_differential', 'preferred_study_time',
    'remind_on_start', 'role', 'savings', 'search_plan', 'shift', 'sole_income', 'sponsorship', 'start_date', 'thirteenth_month',
  ]);
});

test('every field, group and option has words in the catalog', () => {
  const missing = [];
  const need = (key) => { if (!Object.hasOwn(en, key)) missing.push(key); };
  for (const group of GROUPS) {
    need(`group.${group.id}`);
    need(`group.${group.id}.intro`);
    for (const field of group.fields) {
      need(`field.${field.name}.label`);
      for (const option of field.options ?? []) need(`${field.optionKey}.${option}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('a refused field reads as a sentence naming the field and the range', () => {
  const error = { field: 'base_pay', code: 'range_monthly', params: { min: '0', max: '10,000,000' }, message: '' };
  assert.equal(errorText(error, t, (d) => d), 'Monthly base pay must be between 0 and 10,000,000 a month.');
});

test('dates in a rule are shown in the user locale', () => {
  const error = { field: 'start_date', code: 'date_range', params: { min: '2025-11-22', max: '2031-11-22' }, message: '' };
  const text = errorText(error, t, (iso) => `«${iso}»`);
  assert.equal(text, 'Start date must be between «2025-11-22» and «2031-11-22».');
});

test('a rule the catalog does not know falls back to the core sentence', () => {
  const error = { field: 'name', code: 'brand_new_rule', params: {}, message: 'Name is odd.' };
  assert.equal(errorText(error, t, (d) => d), 'Name is odd.');
});

test('only the first error per field is shown', () => {
  const errors = [
    { field: 'savings', code: 'a', params: {}, message: '1' },
    { field: 'savings', code: 'b', params: {}, message: '2' },
    { field: 'name', code: 'c', params: {}, message: '3' },
  ];
  const byField = firstErrorByField(errors);
  assert.equal(byField.size, 2);
  assert.equal(byField.get('savings').code, 'a');
});

test('skipping a step empties only that step', () => {
  const draft = { ...emptyDraft(), name: 'Ana', base_pay: '25000', thirteenth_month: true };
  const skipped = withoutGroup(draft, groupOf('base_pay'));
  assert.equal(skipped.name, 'Ana');
  assert.equal(skipped.base_pay, '');
  assert.equal(skipped.thirteenth_month, false);
});

test('drafts compare by answer, not by order or spacing', () => {
  const a = { ...emptyDraft(), free_weekdays: ['sat', 'sun'], name: 'Ana ' };
  const b = { ...emptyDraft(), free_weekdays: ['sun', 'sat'], name: 'Ana' };
  assert.ok(sameDraft(a, b));
  assert.ok(!sameDraft(a, { ...b, base_pay: '1' }));
});

test('the currency choices are the core\'s currencies, in its order', async () => {
  const { unionOf } = await import('./support/protocol.js');
  const currency = GROUPS.flatMap((g) => g.fields).find((f) => f.name === 'currency');
  assert.deepEqual(currency.options, unionOf('Currency'));
});
