// Where a figure comes from, in words: every outside figure on screen shows
// this beside it (source and date, "estimate" with its method, or "your figure").

import { formatDateTime } from './format.js';

/**
 * @typedef {{kind: 'sourced', source: string, as_of: string, undated?: boolean, publisher?: string, confidence?: string, note?: string}
 *   | {kind: 'estimate', method: string, note?: string}
 *   | {kind: 'user', entered_at: string}} Provenance
 */

/**
 * One sentence describing a figure's provenance.
 * @param {Provenance} provenance
 * @param {import('./i18n.js').Translate} t
 * @param {string} [locale]
 */
export function provenanceText(provenance, t, locale) {
  switch (provenance?.kind) {
    case 'sourced': return t(provenance.undated ? 'provenance.sourced_undated' : 'provenance.sourced', { source: provenance.source, date: provenance.as_of });
    // Plans made before 0.1 stored the label inside the method.
    case 'estimate': return t('provenance.estimate', { method: provenance.method.replace(/^Pathway's estimate: /, '') });
    case 'user': return t('provenance.user', { date: formatDateTime(provenance.entered_at, locale) });
    default: return t('provenance.none');
  }
}
