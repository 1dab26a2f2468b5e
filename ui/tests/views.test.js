import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nextSteps } from '../js/views/home.js';
import { initialDraft } from '../js/views/setup.js';

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

test('the set-up guesses country and currency from the system locale', () => {
  assert.equal(initialDraft('en-IN').country, 'in');
  assert.equal(initialDraft('en-IN').currency, 'INR');
  assert.equal(initialDraft('fil-PH').currency, 'PHP');
  assert.equal(initialDraft('en-US').currency, 'USD');
  assert.deepEqual([initialDraft('en').country, initialDraft('en').currency], ['', 'PHP']);
});
