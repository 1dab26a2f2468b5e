// Where a figure comes from. Every outside figure on screen shows a short
// badge (sourced, estimate or yours, with its age when it is old) whose
// details open on demand, once per figure. The words are the paper's
// (core/src/report/sources.rs): both pass core/tests/data/source_words_cases.json,
// and the rule of age is the core's (catalog::stats::is_old).

import { h } from './dom.js';
import { formatDateTime } from './format.js';

/**
 * @typedef {{kind: 'sourced', source: string, as_of: string, undated?: boolean, publisher?: string | null, confidence?: string | null, note?: string | null}
 *   | {kind: 'estimate', method: string, note?: string | null}
 *   | {kind: 'user', entered_at: string}} Provenance
 */

/** A calendar day as UTC midnight. @param {number} y @param {number} m 1–12 @param {number} d */
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `date` moved by `months`, its day clamped to the month's end (as chrono does). @param {Date} date @param {number} months */
function addMonths(date, months) {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  return day(y, m, Math.min(date.getUTCDate(), daysIn(y, m)));
}

/** The last day an as-of date can mean (`2025` → 31 December 2025), or null. @param {string} asOf */
function lastDayOf(asOf) {
  const parts = (asOf ?? '').split('-').map(Number);
  if (!parts.length || parts.some((p) => !Number.isInteger(p) || p <= 0)) return null;
  const [y, m, d] = parts;
  if (parts.length === 1) return day(y, 12, 31);
  if (parts.length === 2) return day(y, m, daysIn(y, m));
  return day(y, m, d);
}

/** Today's calendar date, as UTC midnight. @param {Date} today */
const calendarDay = (today) => day(today.getFullYear(), today.getMonth() + 1, today.getDate());

/**
 * Whether a figure dated `asOf` is old: the last day its date can mean is
 * more than 18 months before today.
 * @param {string} asOf @param {Date} today
 */
export function isOld(asOf, today) {
  const last = lastDayOf(asOf);
  return last != null && last < addMonths(calendarDay(today), -18);
}

/** Whole months from the last day `asOf` can mean to today, or null. @param {string} asOf @param {Date} today */
export function ageMonths(asOf, today) {
  const last = lastDayOf(asOf);
  if (!last) return null;
  const now = calendarDay(today);
  let months = 0;
  while (addMonths(last, months + 1) <= now) months += 1;
  return months;
}

/**
 * `2024` → "2024", `2024-05` → "May 2024", `2024-05-07` → "7 May 2024".
 * @param {string} asOf @param {import('./i18n.js').Translate} t
 */
export function asOfWords(asOf, t) {
  const months = t('date.months_long').split(' ');
  const [year, m, d] = (asOf ?? '').split('-');
  const month = months[Number(m) - 1];
  if (!m || !month) return asOf;
  return d ? t('date.day_month_year', { day: String(Number(d)), month, year }) : t('date.month_year', { month, year });
}

/** @param {number} months @param {import('./i18n.js').Translate} t */
const ageWords = (months, t) => (months < 24 ? t('source.age.months', { months }) : t('source.age.years', { years: Math.floor(months / 12) }));

/**
 * What the badge and its details say.
 * @param {Provenance} provenance @param {import('./i18n.js').Translate} t @param {Date} today
 * @returns {{badge: string, line: string | null, kind: string | null}}
 */
export function sourceWords(provenance, t, today) {
  switch (provenance?.kind) {
    case 'sourced': {
      const date = asOfWords(provenance.as_of, t);
      const publisher = provenance.publisher ?? '';
      const kind = provenance.confidence ? t(`source.kind.${provenance.confidence}`) : null;
      if (provenance.undated) return { badge: t('source.badge.undated'), line: t('source.line_undated', { publisher, date }), kind };
      const badge = isOld(provenance.as_of, today)
        ? t('source.badge.old', { age: ageWords(ageMonths(provenance.as_of, today) ?? 0, t) })
        : t('source.badge.sourced');
      return { badge, line: t('source.line', { publisher, date }), kind };
    }
    case 'estimate':
      return { badge: t('source.badge.estimate'), line: t('source.estimate', { method: provenance.method.replace(/^Pathway's estimate: /, '') }), kind: null };
    case 'user':
      return { badge: t('source.badge.user'), line: null, kind: null };
    default:
      return { badge: t('provenance.none'), line: null, kind: null };
  }
}

/**
 * One sentence on a figure's provenance, for places that need text alone
 * (an option's description): the badge's details line.
 * @param {Provenance} provenance @param {import('./i18n.js').Translate} t @param {string} [locale]
 */
export function provenanceText(provenance, t, locale) {
  if (provenance?.kind === 'user') return t('source.user', { date: formatDateTime(provenance.entered_at, locale) });
  const said = sourceWords(provenance, t, new Date());
  return said.line ?? said.badge;
}

let badges = 0;

/**
 * The badge: a short label that opens, on demand, who published the figure
 * and when, the kind of source, its note, and its address (with a button
 * that copies it: the app itself opens nothing on the network).
 * @param {Provenance | null | undefined} provenance
 * @param {{t: import('./i18n.js').Translate, locale?: string, today?: Date}} ctx
 */
export function sourceBadge(provenance, ctx) {
  const { t } = ctx;
  if (!provenance) return h('span', { class: 'badge badge-none' }, t('provenance.none'));
  const said = sourceWords(provenance, t, ctx.today ?? new Date());
  const old = provenance.kind === 'sourced' && !provenance.undated && isOld(provenance.as_of, ctx.today ?? new Date());
  const id = `source-${++badges}`;
  const addresses = provenance.kind === 'sourced' ? provenance.source.split(' ; ').map((a) => a.trim()).filter(Boolean) : [];
  const details = h('div', { class: 'source-details', id },
    provenance.kind === 'user' ? h('p', {}, t('source.user', { date: formatDateTime(provenance.entered_at, ctx.locale) })) : null,
    said.line ? h('p', { class: 'source-line' }, said.line) : null,
    said.kind ? h('p', {}, t('source.kind_line', { kind: said.kind })) : null,
    'note' in provenance && provenance.note ? h('p', { class: 'source-note' }, provenance.note) : null,
    addresses.length ? h('div', { class: 'source-addresses' }, h('p', { class: 'source-label' }, t('source.address')),
      ...addresses.map((address) => h('p', { class: 'source-address' }, h('code', {}, address), ' ', copyButton(address, t)))) : null);
  return h('details', { class: `source source-${provenance.kind}${old ? ' source-old' : ''}` },
    h('summary', { class: `badge badge-${provenance.kind}${old ? ' badge-old' : ''}`, 'aria-label': `${t('source.open')}: ${said.badge}` }, said.badge),
    details);
}

/** @param {string} address @param {import('./i18n.js').Translate} t */
function copyButton(address, t) {
  const button = h('button', { type: 'button', class: 'button quiet small', onclick: async () => {
    try {
      await navigator.clipboard.writeText(address);
      button.textContent = t('source.copied');
    } catch {
      // Without the clipboard, the address stays selectable text beside the button.
    }
  } }, t('source.copy'));
  return button;
}
