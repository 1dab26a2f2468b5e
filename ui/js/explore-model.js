// Explore's pure logic: where the location points, which roles form a
// domain's ladder, whether a sourced figure is old, and salary bands per month.

import { divideMinor, minorUnits } from './format.js';

/**
 * `#/explore`, `#/explore/domain/cloud`, `#/explore/role/ID`, `#/explore/cert/ID`,
 * `#/explore/compare/a,b,c`.
 * @param {string} hash
 * @returns {{page: 'home'|'domain'|'role'|'cert'|'compare', id?: string, ids?: string[]}}
 */
export function parseRoute(hash) {
  const [, , page, rest] = hash.replace(/^#\/?/, '#/').split('/');
  const id = rest ? decodeURIComponent(rest) : '';
  if (page === 'compare') return { page, ids: id ? id.split(',').filter(Boolean).slice(0, 3) : [] };
  if ((page === 'domain' || page === 'role' || page === 'cert') && id) return { page, id };
  return { page: 'home' };
}

/** @param {'domain'|'role'|'cert'|'compare'} page @param {string|string[]} id */
export function routeTo(page, id) {
  return `#/explore/${page}/${Array.isArray(id) ? id.map(encodeURIComponent).join(',') : encodeURIComponent(id)}`;
}

/**
 * True when a sourced figure's as-of date is more than 18 months before `today`.
 * A date without a day counts from the start of its month or year: the
 * figure may date from then, so it is flagged early rather than late.
 * @param {string} asOf YYYY, YYYY-MM or YYYY-MM-DD
 * @param {Date} today
 */
export function isStale(asOf, today) {
  const [y, m, d] = (asOf ?? '').split('-').map(Number);
  if (!y) return false;
  const end = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 18, today.getUTCDate()));
  return end < limit;
}

/** A domain's roles by level, entry first. */
export function ladder(catalog, domainId) {
  const roles = catalog.roles.filter((r) => r.domain === domainId);
  return ['entry', 'mid', 'senior'].map((level) => ({ level, roles: roles.filter((r) => r.level === level) }));
}

/** The roles that recommend a certification, in catalog order. */
export function rolesWanting(catalog, certId) {
  return catalog.roles.filter((r) => r.certifications.includes(certId));
}

/**
 * A salary band as monthly minor units (a yearly band is divided by 12),
 * exact: the catalog's digits as minor units, a year's divided and rounded
 * half away from zero, as the core's Costs & ROI prefill does.
 * @returns {{low: number, median: number, high: number}}
 */
export function monthlyBand(band) {
  const perMonth = (x) => (band.period === 'year' ? divideMinor(minorUnits(x), 12) : minorUnits(x));
  return { low: perMonth(band.low), median: perMonth(band.median), high: perMonth(band.high) };
}

/** The country whose salary figures matter to the user, from their profile. */
export function countryOf(profile) {
  return ['ph', 'in', 'us'].includes(profile?.country) ? profile.country
    : ({ PHP: 'ph', INR: 'in', USD: 'us' })[profile?.currency] ?? 'ph';
}

/**
 * A monthly band in words. A source that gives one average (low = median =
 * high) is said as that one figure, never as a range from it to itself.
 * @param {{low: number, median: number, high: number}} band monthly minor units
 * @param {(minor: number) => string} money
 * @param {import('./i18n.js').Translate} t
 */
export function bandText(band, money, t) {
  if (band.low === band.median && band.median === band.high) return t('explore.band_single', { median: money(band.median) });
  return t('explore.band', { median: money(band.median), low: money(band.low), high: money(band.high) });
}
