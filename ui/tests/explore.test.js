import { test } from 'node:test';
import assert from 'node:assert/strict';

import { ladder, parseRoute, payBasisText, payOf, payText, rolesWanting, routeTo } from '../js/explore-model.js';
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

test('routes parse and round-trip', () => {
  assert.deepEqual(parseRoute('#/explore'), { page: 'home' });
  assert.deepEqual(parseRoute('#/explore/cert/comptia-a-plus'), { page: 'cert', id: 'comptia-a-plus' });
  assert.deepEqual(parseRoute('#/explore/compare/a,b,c,d'), { page: 'compare', ids: ['a', 'b', 'c'] });
  assert.deepEqual(parseRoute('#/explore/role/'), { page: 'home' });
  assert.deepEqual(parseRoute(routeTo('domain', 'cloud')), { page: 'domain', id: 'cloud' });
  assert.deepEqual(parseRoute(routeTo('compare', ['x', 'y'])), { page: 'compare', ids: ['x', 'y'] });
});

const catalog = {
  roles: [
    { id: 'a', domain: 'cloud', level: 'mid', certifications: ['x'] },
    { id: 'b', domain: 'cloud', level: 'entry', certifications: ['x', 'y'] },
    { id: 'c', domain: 'data', level: 'senior', certifications: [] },
  ],
};

test('a ladder lists a domain by level', () => {
  assert.deepEqual(ladder(catalog, 'cloud').map((step) => [step.level, step.roles.map((r) => r.id)]),
    [['entry', ['b']], ['mid', ['a']], ['senior', []]]);
  assert.deepEqual(rolesWanting(catalog, 'x').map((r) => r.id), ['a', 'b']);
});

test("a role's pay is the core's, found by role and country", () => {
  const data = { pay: [{ role: 'r', country: 'ph', middle: 1 }, { role: 'r', country: 'in', middle: 2 }] };
  assert.equal(payOf(data, 'r', 'in')?.middle, 2);
  assert.equal(payOf(data, 'r', 'us'), undefined);
});

/** The real English words, so a missing key fails here instead of showing on screen. */
const t = (key, values = {}) => {
  assert.ok(key in en, `no words for ${key}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), en[key]);
};
const money = (minor) => `₱${minor / 100}`;

test('one figure is said as one figure, a range with its middle, a band with its kind of middle', () => {
  assert.equal(payText({ low: 2980000, middle: 2980000, high: 2980000, shape: 'single', middle_is: 'average' }, money, t),
    '₱29800 a month (one average; the source gives no range)');
  assert.equal(payText({ low: 1800000, middle: 2050000, high: 2300000, shape: 'range', middle_is: 'midpoint' }, money, t),
    '₱18000 to ₱23000 a month (Pathway uses the middle, ₱20500)');
  assert.equal(payText({ low: 1650000, middle: 3510000, high: 5550000, shape: 'band', middle_is: 'average' }, money, t),
    '₱35100 a month (average; from ₱16500 to ₱55500)');
  assert.match(payText({ low: 1, middle: 2, high: 3, shape: 'band', middle_is: 'median' }, money, t), /median/);
  assert.match(payText({ low: 2, middle: 2, high: 2, shape: 'single', middle_is: 'median' }, money, t), /one median/);
});

test("what a figure counts, and what Pathway changed to compare it with hers, are said", () => {
  assert.deepEqual(payBasisText({ basis: 'base', adjustment: 'thirteenth_month_added', period: 'month' }, t),
    [en['explore.pay.basis.base'], en['explore.pay.adjustment.thirteenth_month_added']]);
  assert.deepEqual(payBasisText({ basis: 'ctc', adjustment: 'ctc_to_gross', period: 'year' }, t),
    [en['explore.pay.basis.ctc'], en['explore.pay.adjustment.ctc_to_gross'], en['explore.pay.per_year']]);
  for (const basis of ['base', 'base_and_allowances', 'total', 'ctc', 'not_stated']) {
    assert.equal(payBasisText({ basis, adjustment: null, period: 'month' }, t).length, 1);
  }
});
