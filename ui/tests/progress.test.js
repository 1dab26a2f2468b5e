import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { unionOf } from './support/protocol.js';
import { STAGES, minutesText, nextUpLine, paceLines, todayIso, withoutEmpty } from '../js/progress-model.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const en = JSON.parse(readFileSync(path.join(root, 'ui', 'i18n', 'en.json'), 'utf8'));
const t = (key, values = {}) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), en[key] ?? key);

test('stages are the core’s, in order, each with words', () => {
  assert.deepEqual(STAGES, unionOf('Stage'));
  for (const stage of STAGES) assert.ok(en[`progress.stage.${stage}`], stage);
});

test('durations, dates and empty parts', () => {
  assert.equal(minutesText(45, t), '45 min');
  assert.equal(minutesText(120, t), '2 h');
  assert.equal(minutesText(95, t), '1 h 35 min');
  assert.equal(todayIso(new Date(2027, 0, 9)), '2027-01-09');
  assert.deepEqual(withoutEmpty(['a', '', null, 'b', undefined]), ['a', 'b']);
});

test('the pace says ahead, behind or on plan, with a forecast only when there is a pace', () => {
  const date = (iso) => iso;
  const base = { hours_this_week: 3, weekly_target: 8, streak_weeks: 2, days_behind: 5, forecast_finish: '2028-01-01', planned_finish: '2027-10-01' };
  assert.deepEqual(paceLines(base, date).map((l) => l.key), ['home.pace.week', 'home.pace.streak', 'home.pace.behind', 'home.pace.finish']);
  assert.equal(paceLines({ ...base, days_behind: -4 }, date)[2].values.days, 4);
  assert.equal(paceLines({ ...base, days_behind: 0 }, date)[2].key, 'home.pace.on_plan');
  assert.deepEqual(paceLines({ ...base, weekly_target: null, days_behind: null, forecast_finish: null }, date).map((l) => l.key), ['home.pace.week_no_target', 'home.pace.finish_no_pace']);
  for (const line of paceLines(base, date)) assert.ok(en[line.key]);
});

test('before two full weeks of the plan the pace says when it will speak, and nothing about ahead or behind', () => {
  const date = (iso) => iso;
  const young = { hours_this_week: 3, weekly_target: 8, streak_weeks: 0, days_behind: null, forecast_finish: null, planned_finish: '2027-10-01', pace_since: null, forecast_from: '2027-03-15' };
  const lines = paceLines(young, date);
  assert.deepEqual(lines.map((l) => l.key), ['home.pace.week', 'home.pace.streak', 'home.pace.finish_not_yet']);
  assert.equal(lines[2].values.from, '2027-03-15');
  assert.deepEqual(paceLines({ ...young, planned_finish: null }, date).map((l) => l.key).at(-1), 'home.pace.not_yet');
  const speaking = { ...young, days_behind: 12, forecast_finish: '2027-10-13', pace_since: '2027-03-01', forecast_from: null };
  const finish = paceLines(speaking, date).find((l) => l.key === 'home.pace.finish');
  assert.equal(finish.values.since, '2027-03-01');
  for (const line of [...lines, ...paceLines({ ...young, planned_finish: null }, date), finish]) {
    assert.ok(en[line.key], line.key);
    for (const name of en[line.key].match(/\{(\w+)\}/g) ?? []) assert.ok(name.slice(1, -1) in line.values, `${line.key} ${name}`);
  }
});

test('every kind of next-up item has words', () => {
  const date = (iso) => iso;
  const items = [
    { kind: 'milestone', id: 'm1', title: 'Learn', start: '2027-01-01' },
    { kind: 'milestone', id: 'm1', title: 'Learn', start: null },
    { kind: 'exam', milestone: 'm4', certification: 'comptia-a-plus', date: '2027-02-01' },
    { kind: 'follow_up', id: 'c1', name: 'Jun', date: '2027-02-02' },
    { kind: 'application_action', id: 'a1', company: 'Acme', action: 'Call', date: '2027-02-03' },
  ];
  for (const item of items) assert.ok(en[nextUpLine(item, date, (id) => id).key], item.kind);
});
