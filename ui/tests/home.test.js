import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { blocksByDay, emptyCharts, wayIn } from '../js/home-model.js';
import { formatWeekday } from '../js/format.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

test('before a plan, Home leads through Your fit, a target and the plan, in that order', () => {
  const fresh = wayIn({ taken: 0, target: null, hasPlan: false });
  assert.deepEqual(fresh.map((s) => s.href), ['#/assess', '#/explore', '#/plan']);
  assert.deepEqual(fresh.map((s) => s.current), [true, false, false]);
  const assessed = wayIn({ taken: 1, target: null, hasPlan: false });
  assert.deepEqual(assessed.map((s) => [s.done, s.current]), [[true, false], [false, true], [false, false]]);
  const targeted = wayIn({ taken: 1, target: 'soc-analyst', hasPlan: false });
  assert.equal(targeted.findIndex((s) => s.current), 2, 'next: build the plan');
  const skipped = wayIn({ taken: 0, target: 'soc-analyst', hasPlan: false });
  assert.equal(skipped.findIndex((s) => s.current), 0, 'a step skipped is still the one to take');
  for (const step of fresh) assert.ok(en[step.key], step.key);
});

test('this week\'s blocks are grouped by day, in date order, with each day\'s time', () => {
  const block = (day, title, minutes) => ({ day, milestone: title, title, minutes, exam: null, parallel: false });
  const days = blocksByDay([block('2027-01-10', 'B', 180), block('2027-01-09', 'A', 300), block('2027-01-10', 'A', 120)]);
  assert.deepEqual(days.map((d) => [d.day, d.minutes, d.blocks.map((b) => b.title)]),
    [['2027-01-09', 300, ['A']], ['2027-01-10', 300, ['B', 'A']]]);
  assert.deepEqual(blocksByDay([]), []);
});

test('a chart with nothing logged or planned yet shows what will appear instead of empty axes', () => {
  const nothing = { hours_logged: 0, weekly_hours: [['2026-11-30', 0], ['2026-12-07', 0]], cumulative: [['2026-12-07', 0, 0]] };
  assert.deepEqual(emptyCharts(nothing), { weekly: true, cumulative: true });
  const planned = { ...nothing, cumulative: [['2026-12-07', 12, 0]] };
  assert.deepEqual(emptyCharts(planned), { weekly: true, cumulative: false }, 'the plan line alone is worth drawing');
  const logged = { hours_logged: 2, weekly_hours: [['2026-12-07', 2]], cumulative: [['2026-12-07', 0, 2]] };
  assert.deepEqual(emptyCharts(logged), { weekly: false, cumulative: false });
  for (const key of ['home.chart.weekly_empty', 'home.chart.cumulative_empty', 'home.week.title', 'home.way.title']) assert.ok(en[key], key);
});

test('a study day is named with its weekday', () => {
  assert.equal(formatWeekday('2027-01-09', 'en-PH'), 'Saturday, January 9');
  assert.equal(formatWeekday('2030-01-12', 'en-PH', true), 'Saturday, January 12, 2030', 'a day in another year says its year');
  assert.equal(formatWeekday('not a date', 'en-PH'), 'not a date');
});
