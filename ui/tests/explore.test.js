import { test } from 'node:test';
import assert from 'node:assert/strict';

import { bandText, countryOf, isStale, ladder, monthlyBand, parseRoute, rolesWanting, routeTo } from '../js/explore-model.js';

test('routes parse and round-trip', () => {
  assert.deepEqual(parseRoute('#/explore'), { page: 'home' });
  assert.deepEqual(parseRoute('#/explore/cert/comptia-a-plus'), { page: 'cert', id: 'comptia-a-plus' });
  assert.deepEqual(parseRoute('#/explore/compare/a,b,c,d'), { page: 'compare', ids: ['a', 'b', 'c'] });
  assert.deepEqual(parseRoute('#/explore/role/'), { page: 'home' });
  assert.deepEqual(parseRoute(routeTo('domain', 'cloud')), { page: 'domain', id: 'cloud' });
  assert.deepEqual(parseRoute(routeTo('compare', ['x', 'y'])), { page: 'compare', ids: ['x', 'y'] });
});

test('figures older than 18 months are stale', () => {
  const today = new Date(Date.UTC(2026, 10, 22));
  assert.equal(isStale('2025-06', today), false);
  assert.equal(isStale('2025-05', today), true, 'a month counts from its first day');
  assert.equal(isStale('2025-05-21', today), true);
  assert.equal(isStale('2025-05-22', today), false);
  assert.equal(isStale('2025', today), true, 'a year counts from its start');
  assert.equal(isStale('2026', today), false);
  assert.equal(isStale('', today), false);
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

test('bands become monthly minor units', () => {
  assert.deepEqual(monthlyBand({ period: 'year', low: 60000, median: 120000, high: 180000 }), { low: 500000, median: 1000000, high: 1500000 });
  assert.deepEqual(monthlyBand({ period: 'month', low: 25000, median: 30000.5, high: 40000 }), { low: 2500000, median: 3000050, high: 4000000 });
  // A year's 1.14, 12,300.06 and 300,000.06 are 0.095, 1,025.005 and 25,000.005 a month: midpoints,
  // rounded half away from zero from exact cents as the core does (in floats, x / 12 * 100 gives 9 and 102500).
  assert.deepEqual(monthlyBand({ period: 'year', low: 1.14, median: 12300.06, high: 300000.06 }), { low: 10, median: 102501, high: 2500001 });
});

test('the country follows the profile, then its currency', () => {
  assert.equal(countryOf({ country: 'in', currency: 'INR' }), 'in');
  assert.equal(countryOf({ country: 'other', currency: 'USD' }), 'us');
  assert.equal(countryOf(null), 'ph');
});

test('a single average is said as one figure, a range as a range', () => {
  const words = { 'explore.band': '{median} a month (from {low} to {high})', 'explore.band_single': '{median} a month (one average)' };
  const t = (key, values = {}) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), words[key] ?? key);
  const money = (minor) => `₱${minor / 100}`;
  assert.equal(bandText({ low: 2980000, median: 2980000, high: 2980000 }, money, t), '₱29800 a month (one average)');
  assert.equal(bandText({ low: 1800000, median: 2050000, high: 2800000 }, money, t), '₱20500 a month (from ₱18000 to ₱28000)');
});
