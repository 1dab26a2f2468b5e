import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { sentenceValues, shownOrder, targetCaution } from '../js/cert-choice.js';
import { SEARCH_PLANS, otherSearchPlan } from '../js/views/money.js';
import { unionOf } from './support/protocol.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

const candidate = (id, figured = true) => ({ id, name: id.toUpperCase(), figured });

test('the card shows the rule\'s order first, then what could not be figured', () => {
  const choice = { candidates: [candidate('sec'), candidate('none', false), candidate('aws')], ranking: [2, 0] };
  assert.deepEqual(shownOrder(choice).map((c) => c.id), ['aws', 'sec', 'none']);
});

test('the verdict\'s figures are put into words: money in her currency, names as they are', () => {
  const line = { key: 'certs.verdict.cheaper', values: {
    name: { kind: 'text', value: 'AWS Certified Cloud Practitioner' }, amount: { kind: 'money', value: 2800872 }, month: { kind: 'count', value: 10 } } };
  assert.deepEqual(sentenceValues(line, 'PHP', String), { name: 'AWS Certified Cloud Practitioner', amount: '₱28,008.72', month: '10' });
});

test('every verdict the core can give has its sentence, and every search plan its words', () => {
  for (const kind of ['only', 'only_never', 'sooner', 'cheaper', 'only_one_pays', 'tie', 'none']) assert.ok(en[`certs.verdict.${kind}`], kind);
  assert.deepEqual([...SEARCH_PLANS].sort(), [...unionOf('SearchPlan')].sort());
  for (const plan of SEARCH_PLANS) {
    assert.ok(en[`search_plan.${plan}`] && en[`money.search.hint.${plan}`], plan);
    assert.notEqual(otherSearchPlan(plan), plan);
    assert.ok(en[`money.search.try.${otherSearchPlan(plan)}`], plan);
  }
  for (const leaves of ['at_new_job', 'after_study', 'at_start', 'after_study_one', 'at_start_one']) assert.ok(en[`money.summary.leaves.${leaves}`], leaves);
  for (const missing of ['plan', 'pay', 'target_salary']) assert.ok(en[`certs.missing.${missing}`], missing);
});

test('a first choice her target does not ask for is named beside the verdict', () => {
  const role = (title, target) => ({ id: title, title, target, pay: null });
  const sec = { ...candidate('sec'), roles: [role('SOC analyst', true)] };
  const aws = { ...candidate('aws'), roles: [role('Cloud support', false)] };
  const choice = { candidates: [sec, aws], ranking: [1, 0], verdict: { kind: 'first', id: 'aws' } };
  assert.deepEqual(targetCaution(choice), { name: 'AWS', role: 'SOC analyst', asked: 'SEC' });
  assert.equal(targetCaution({ ...choice, verdict: { kind: 'first', id: 'sec' } }), null, 'the first is asked for');
  assert.equal(targetCaution({ ...choice, verdict: { kind: 'tie', ids: ['sec', 'aws'] } }), null);
  assert.ok(en['certs.target_caution']);
});

test('the cumulative chart\'s caption says only what the chart draws', async () => {
  const { cumulativeText } = await import('../js/views/money.js');
  const lines = ['money.summary.spend', 'money.summary.leaves.at_new_job', 'money.summary.payback', 'money.summary.dip', 'money.summary.fund_short']
    .map((key) => ({ key, values: {} }));
  assert.equal(cumulativeText(lines, (key) => key), 'money.summary.spend money.summary.payback money.summary.dip');
});

test('a share of trials is never rounded to a certainty it is not', async () => {
  const { honestPercent } = await import('../js/views/money.js');
  const t = (key, values) => `${key.split('.').pop()} ${values.pct}`;
  assert.equal(honestPercent(0.9951, t), 'more_than 99', '49 of 10,000 never pay back');
  assert.equal(honestPercent(1, t), '100');
  assert.equal(honestPercent(0.004, t), 'less_than 1');
  assert.equal(honestPercent(0, t), '0');
  assert.equal(honestPercent(0.734, t), '73');
});
