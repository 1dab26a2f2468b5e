import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { GROUPS, getPath, placeOf, summary } from '../js/money-model.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const en = JSON.parse(readFileSync(path.join(root, 'ui', 'i18n', 'en.json'), 'utf8'));

const base = {
  roi: { current_monthly_salary: 25000, target_monthly_salary: 35000, study_months: 6, job_search_months: 2, horizon_months: 60, emergency_fund_months: 6 },
  cost: { currency: 'PHP', horizon_months: 60, certifications: [] },
  target_monthly_salary: { min: 30000, mode: 35000, max: 40000 },
};

test('the fields are paths into the prefilled input', () => {
  assert.equal(getPath(base, 'target_monthly_salary.mode'), 35000);
  assert.equal(getPath(base, 'cost.certifications.0'), undefined);
  assert.ok(GROUPS.flatMap((g) => g.fields).every((f) => en[f.labelKey]), 'every field has a label');
});

test('a core refusal is shown at the field it names', () => {
  assert.equal(placeOf('roi.study_months'), 'roi.study_months');
  assert.equal(placeOf('roi.target_monthly_salary'), 'target_monthly_salary.mode');
  assert.equal(placeOf('cost.certifications[0].exam_month'), 'cost.certifications.0.exam_month');
  assert.equal(placeOf(null), null, 'an error without a field is not placed');
});

test('every field and group has words', () => {
  for (const group of GROUPS) {
    assert.ok(en[`money.group.${group.key}`], group.key);
    for (const field of group.fields) {
      assert.ok(en[field.labelKey], field.labelKey);
      assert.ok(en[`money.unit.${field.unit}`], field.unit);
    }
  }
});

test('the summary puts the core\'s figures into words', () => {
  const money = (minor) => `₱${(minor / 100).toFixed(2)}`;
  const story = { summary: [
    { key: 'money.summary.spend', values: { amount: { kind: 'money', value: 3000000 }, months: { kind: 'count', value: 6 } } },
    { key: 'money.summary.renewals', values: { amount: { kind: 'money', value: 891000 }, from: { kind: 'count', value: 42 }, to: { kind: 'count', value: 54 } } },
    { key: 'money.summary.covered', values: {} },
  ] };
  const lines = summary(story, money, String);
  assert.deepEqual(lines, [
    { key: 'money.summary.spend', values: { amount: '₱30000.00', months: '6' } },
    { key: 'money.summary.renewals', values: { amount: '₱8910.00', from: '42', to: '54' } },
    { key: 'money.summary.covered', values: {} },
  ]);
  for (const line of lines) assert.ok(en[line.key], line.key);
});
