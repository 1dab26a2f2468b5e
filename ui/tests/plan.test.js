import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { unionOf } from './support/protocol.js';
import { PHASES, STATUSES, compareRoute, compareRows, hoursText, lengthAdvice, parseRoute, paybackCell, savedZoom, timelineWords } from '../js/plan-model.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const en = JSON.parse(readFileSync(path.join(root, 'ui', 'i18n', 'en.json'), 'utf8'));
const css = readFileSync(path.join(root, 'ui', 'css', 'base.css'), 'utf8');

test('phases and statuses are the core\'s codes, in its order, each with words and a colour', () => {
  assert.deepEqual(PHASES, unionOf('Phase'));
  assert.deepEqual(STATUSES, unionOf('MilestoneStatus'));
  for (const phase of PHASES) {
    assert.ok(en[`plan.phase.${phase}`], phase);
    assert.ok(css.includes(`.phase-${phase} {`), `a colour for ${phase}`);
  }
  for (const status of STATUSES) {
    assert.ok(en[`plan.status.${status}`], status);
  }
});

test('every plan problem the core can report has words', () => {
  const codes = unionOf('ErrorCode').filter((code) => code.startsWith('plan.'));
  assert.ok(codes.length >= 8, codes.join());
  for (const code of codes) assert.ok(en[`plan.problem.${code.slice('plan.'.length)}`] ?? en[`error.code.${code}`], code);
});

test('routes round-trip', () => {
  assert.deepEqual(parseRoute('#/plan'), { page: 'roadmap' });
  assert.deepEqual(parseRoute(compareRoute(['plan-1', 'plan-2'])), { page: 'compare', ids: ['plan-1', 'plan-2'] });
});

test('a long plan says why and what would change it; a typical one says nothing', () => {
  const title = (id) => ({ 'help-desk-technician': 'Help desk technician' })[id] ?? id;
  assert.deepEqual(lengthAdvice({ months: 12, verdict: 'typical' }, title), []);
  assert.deepEqual(lengthAdvice({ months: 31.5, verdict: 'long', hours_for_typical: 12, can_drop_certification: true, nearer_role: 'help-desk-technician' }, title).map((a) => a.key),
    ['plan.length.long', 'plan.length.more_hours', 'plan.length.fewer_certs', 'plan.length.nearer_role']);
  assert.deepEqual(lengthAdvice({ months: 60, verdict: 'long', hours_for_typical: null, can_drop_certification: false, nearer_role: null }, title).map((a) => a.key),
    ['plan.length.long', 'plan.length.no_quick_fix']);
  assert.equal(lengthAdvice({ months: 3, verdict: 'short' }, title)[0].values.months, 3);
  for (const key of ['plan.length.long', 'plan.length.more_hours', 'plan.length.fewer_certs', 'plan.length.nearer_role', 'plan.length.no_quick_fix', 'plan.length.short']) assert.ok(en[key], key);
});

test('hours, words and the remembered zoom', () => {
  assert.equal(hoursText(1250, 'en'), '12.5');
  assert.equal(hoursText(600, 'en'), '6');
  const words = timelineWords((k) => k, 'en');
  assert.equal(words.months.length, 12);
  assert.equal(words.months[0], 'Jan');
  assert.equal(savedZoom({ getItem: () => 'weeks' }), 'weeks');
  assert.equal(savedZoom({ getItem: () => 'years' }), 'months');
  const rows = compareRows([{ months: 10, finish: '2028-01-01', total_hours_hundredths: 100, fit: 80 }, { months: 12, finish: null, total_hours_hundredths: 200, fit: null }]);
  assert.deepEqual(rows.slice(0, 4).map((r) => r.cells), [[10, 12], ['2028-01-01', null], [100, 200], [80, null]]);
  assert.deepEqual(rows.slice(4).map((r) => r.cells), [[null, null], [null, null], [null, null], [null, null]], 'no money figures without pay');
  const payback = { half_the_cases_by: 2, '8_in_10_between': { from: 1, to: 3 } };
  const spending = { months_to_job: 9, to_job_minor: 500, after_job_minor: 70, after_job_months: [42, 42] };
  const withMoney = compareRows([{ money: { total_costs_minor: 570, spending, currency: 'PHP', payback_month: payback, npv_minor: 1235 } }]);
  assert.deepEqual(withMoney.slice(4).map((r) => r.cells[0]), [{ minor: 500, currency: 'PHP' }, { minor: 70, currency: 'PHP' }, payback, { minor: 1235, currency: 'PHP' }],
    'the cost up to the new job and the renewals after it, apart');
  for (const row of withMoney) assert.ok(en[row.key], row.key);
});

test('the comparison says a payback in the words of every other screen: half the cases by, and 8 in 10', () => {
  const t = (key, values = {}) => en[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  const cell = (payback) => { const line = paybackCell(payback); return t(line.key, line.values); };
  assert.equal(cell({ half_the_cases_by: 15, '8_in_10_between': { from: 12, to: 20 } }), 'Half by month 15; 8 in 10 months 12–20');
  assert.match(cell({ half_the_cases_by: 15, '8_in_10_between': { from: 12, to: null } }), /^Half by month 15; 8 in 10 from month 12/);
  assert.equal(paybackCell({ half_the_cases_by: null, '8_in_10_between': { from: 30, to: null } }).key, 'plan.compare.no_payback');
  assert.match(en['plan.compare.payback'], /half the cases/);
  for (const key of Object.keys(en).filter((k) => k.startsWith('money.') || k.startsWith('plan.compare.') || k.startsWith('report.'))) {
    assert.doesNotMatch(en[key], /most likely (pays|figures|payback)/i, `${key} names a payback "most likely"`);
  }
});
