// The roadmap view's pure logic: routes, the advice for a plan's length,
// hours in hundredths, and the words the core's timeline needs.

import { shortMonthNames } from './format.js';

// The core's codes, in its order. tsc checks each list against the union
// generated from the Rust enum (a missing or extra code fails `cargo xtask test`).
/** @type {import('./protocol.js').Zoom[]} */
export const ZOOMS = ['weeks', 'months', 'quarters'];
/** @type {import('./protocol.js').MilestoneStatus[]} */
export const STATUSES = ['todo', 'doing', 'done', 'skipped'];
/** @type {import('./protocol.js').Phase[]} */
export const PHASES = ['goal', 'foundations', 'labs', 'certification', 'portfolio', 'networking', 'job_search'];

/**
 * `#/plan` or `#/plan/compare/A,B`.
 * @param {string} hash
 * @returns {{page: 'roadmap'|'compare', ids?: string[]}}
 */
export function parseRoute(hash) {
  const [, , page, rest] = hash.replace(/^#\/?/, '#/').split('/');
  if (page === 'compare') return { page, ids: (rest ? decodeURIComponent(rest) : '').split(',').filter(Boolean).slice(0, 2) };
  return { page: 'roadmap' };
}

/** @param {string[]} ids */
export const compareRoute = (ids) => `#/plan/compare/${ids.map(encodeURIComponent).join(',')}`;

/**
 * Hours × 100 as the user reads them ("12", "7.5").
 * @param {number} hundredths
 * @param {string} locale
 */
export function hoursText(hundredths, locale) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hundredths / 100);
}

/**
 * What the app says about a plan's length, as catalog keys and values.
 * @param {{months: number, verdict: 'typical'|'short'|'long', hours_for_typical: number|null,
 *   can_drop_certification: boolean, nearer_role: string|null}|null} length
 * @param {(id: string) => string} roleTitle
 * @returns {{key: string, values?: object}[]}
 */
export function lengthAdvice(length, roleTitle) {
  if (!length || length.verdict === 'typical') return [];
  if (length.verdict === 'short') return [{ key: 'plan.length.short', values: { months: length.months } }];
  /** @type {{key: string, values?: object}[]} */
  const advice = [{ key: 'plan.length.long', values: { months: length.months } }];
  if (length.hours_for_typical != null) advice.push({ key: 'plan.length.more_hours', values: { hours: length.hours_for_typical } });
  if (length.can_drop_certification) advice.push({ key: 'plan.length.fewer_certs' });
  if (length.nearer_role) advice.push({ key: 'plan.length.nearer_role', values: { role: roleTitle(length.nearer_role) } });
  if (advice.length === 1) advice.push({ key: 'plan.length.no_quick_fix' });
  return advice;
}

/**
 * The words the core's timeline draws: month names from the locale, the rest from the catalog.
 * @param {(key: string) => string} t
 * @param {string} locale
 */
export function timelineWords(t, locale) {
  return { months: shortMonthNames(locale), today: t('plan.today'), exam: t('plan.exam'), title: t('plan.timeline_title') };
}

/** The zoom the user chose last, or months. @param {Storage} [storage] @returns {import('./protocol.js').Zoom} */
export function savedZoom(storage = globalThis.localStorage) {
  const zoom = storage?.getItem('pathway.zoom');
  return ZOOMS.find((known) => known === zoom) ?? 'months';
}

/**
 * A plan's payback in the comparison, as a catalog key and values: the core's
 * `{half_the_cases_by, "8_in_10_between": {from, to}}` in the app's words.
 * @param {{half_the_cases_by: number|null, '8_in_10_between': {from: number|null, to: number|null}}} payback
 * @returns {{key: string, values?: object}}
 */
export function paybackCell(payback) {
  const month = payback.half_the_cases_by;
  const { from, to } = payback['8_in_10_between'];
  if (month == null) return { key: 'plan.compare.no_payback' };
  return to == null
    ? { key: 'plan.compare.payback_open', values: { month, low: from } }
    : { key: 'plan.compare.payback_range', values: { month, low: from, high: to } };
}

/**
 * Two plans side by side, as rows of the compare table.
 * @param {object[]} plans PlanSummary from the core
 * @returns {{key: string, cells: (string|number|null)[]}[]}
 */
export function compareRows(plans) {
  return [
    { key: 'plan.compare.months', cells: plans.map((p) => p.months) },
    { key: 'plan.compare.finish', cells: plans.map((p) => p.finish) },
    { key: 'plan.compare.hours', cells: plans.map((p) => p.total_hours_hundredths) },
    { key: 'plan.compare.fit', cells: plans.map((p) => p.fit) },
    // The spending up to the new job and the renewals after it, as Costs & ROI says them.
    { key: 'plan.compare.cost', cells: plans.map((p) => (p.money ? { minor: p.money.spending.to_job_minor, currency: p.money.currency } : null)) },
    { key: 'plan.compare.renewals', cells: plans.map((p) => (p.money ? { minor: p.money.spending.after_job_minor, currency: p.money.currency } : null)) },
    { key: 'plan.compare.payback', cells: plans.map((p) => p.money?.payback_month ?? null) },
    { key: 'plan.compare.npv', cells: plans.map((p) => (p.money ? { minor: p.money.npv_minor, currency: p.money.currency } : null)) },
  ];
}
