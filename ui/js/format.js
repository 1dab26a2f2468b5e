// Formatting that follows the user's locale. Money formatting joins this
// module with the design-system work; sizes and dates are needed already.

/**
 * The first of `candidates` that Intl accepts, else "en". A POSIX "C" or
 * "C.UTF-8" locale (common on Linux without LANG) reaches the page as "C",
 * which Intl rejects with a RangeError.
 * @param {readonly (string|undefined)[]} candidates e.g. navigator.languages
 * @returns {string}
 */
export function usableLocale(candidates) {
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace('_', '-').split('.')[0]);
      if (canonical && canonical.length > 1 && canonical !== 'c') return canonical;
    } catch {
      // not a BCP 47 tag; try the next one
    }
  }
  return 'en';
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];

/**
 * A file size in the largest unit that keeps the number at least 1.
 * @param {number} bytes
 * @param {string} [locale]
 */
export function formatBytes(bytes, locale) {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(value);
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: 1,
  }).format(value);
}

/**
 * An ISO timestamp ("2026-11-22T07:00:00Z") as a local date and time.
 * @param {string} iso
 * @param {string} [locale]
 */
export function formatDateTime(iso, locale) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Each currency is written the way its home country writes it (Indian
 * grouping for rupees), whatever the interface language. pathway-core's
 * money::format_money follows the same rules; both pass one table of cases. */
const MONEY_LOCALE = { PHP: 'en-PH', INR: 'en-IN', USD: 'en-US' };

/**
 * @param {number} minor integer minor units (centavos, paise, cents)
 * @param {import('./protocol.js').Currency} currency
 */
export function formatMoney(minor, currency) {
  const formatter = new Intl.NumberFormat(MONEY_LOCALE[currency] ?? 'en-US', {
    style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2,
  });
  return formatter.format(minor / 100);
}

/**
 * An amount in major units, as the core sends catalog money (a JSON number
 * with the catalog's exact digits, or decimal text), as whole minor units.
 * Read from its digits and rounded half away from zero like the core's
 * `minor_units`, never multiplied as a float (1.005 is 101, not 100).
 * @param {number|string} amount
 * @returns {number}
 */
export function minorUnits(amount) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(amount).trim());
  // Exponent notation (below 1e-6 or from 1e21): far outside any amount the catalog holds.
  if (!match) return Math.round(Number(amount) * 100);
  const [, sign, whole, fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2)) + (fraction[2] >= '5' ? 1n : 0n);
  const value = Number(cents);
  return sign && value ? -value : value;
}

/**
 * Whole minor units divided by a whole number, rounded half away from zero
 * (exact integer arithmetic, as the core's Decimal division then rounding).
 * @param {number} minor
 * @param {number} divisor
 */
export function divideMinor(minor, divisor) {
  return Math.sign(minor) * Math.floor((Math.abs(minor) * 2 + divisor) / (2 * divisor)) || 0;
}

/**
 * A calendar date ("2027-01-04") in the user's locale, without time-zone shifts.
 * @param {string} isoDate
 * @param {string} [locale]
 */
export function formatDate(isoDate, locale) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return isoDate ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A day with its weekday, "Saturday, 9 January", for a week's plan; with the
 * year when it is not this year's.
 * @param {string} isoDate YYYY-MM-DD
 * @param {string} [locale]
 * @param {boolean} [withYear]
 */
export function formatWeekday(isoDate, locale, withYear = false) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return isoDate ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(date);
}

/**
 * A 24-hour "HH:MM" in the user's locale ("19:30" → "7:30 PM" in en-US).
 * @param {string} hhmm
 * @param {string} [locale]
 */
export function formatTime(hhmm, locale) {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm ?? '');
  if (!match) return hhmm ?? '';
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(date);
}

/**
 * Short month names, January first, for the words the core draws with.
 * @param {string} locale
 * @returns {import('./protocol.js').ReminderWords['months']} twelve names, as the core takes them
 */
export function shortMonthNames(locale) {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return /** @type {import('./protocol.js').ReminderWords['months']} */ (Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2027, m, 15)))));
}
