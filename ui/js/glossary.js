// Words she may not know, explained in Help's glossary, and linked from the
// first place each appears on a screen. The definitions are in the message
// catalog (`glossary.<id>.term` and `.text`); the catalog's domains are
// explained by their own summaries.

/**
 * Each term and how it is written on screen. Acronyms match in capitals
 * only (so "soc" inside a word or "Soc" as a name is left alone); phrases
 * match in any case.
 * @type {{id: string, pattern: RegExp}[]}
 */
export const TERMS = [
  { id: 'siem', pattern: /\bSIEM\b/ },
  { id: 'soc', pattern: /\bSOC\b/ },
  { id: 'npv', pattern: /\bNPV\b/ },
  { id: 'discount_rate', pattern: /\bdiscount rate\b/i },
  { id: 'percentiles', pattern: /\bP(?:10|50|90)\b/ },
  { id: 'eight_in_ten', pattern: /\b8 in 10\b/ },
  { id: 'expected_retakes', pattern: /\bexpected retakes\b|\bretakes \(expected\)/i },
  { id: 'pass_probability', pattern: /\bpass (?:probability|chance)\b/i },
  { id: 'renewal', pattern: /\brenewals?\b/i },
  { id: 'cpe', pattern: /\b(?:CPEs?|CEUs?|CE credits?)\b/ },
  { id: 'amf', pattern: /\bAMF\b|\bannual maintenance fee\b/i },
  { id: 'voucher', pattern: /\bvouchers?\b/i },
  { id: 'ctc', pattern: /\bCTC\b/ },
];

/**
 * The first term in `text` not yet in `done`, with where it is; `null` when none.
 * @param {string} text
 * @param {Set<string>} done ids already linked on this screen
 * @param {{id: string, pattern: RegExp}[]} [terms]
 * @returns {{id: string, index: number, length: number} | null}
 */
export function firstTerm(text, done, terms = TERMS) {
  let best = null;
  for (const term of terms) {
    if (done.has(term.id)) continue;
    const match = term.pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { id: term.id, index: match.index, length: match[0].length };
  }
  return best;
}

/** Where a term is explained. @param {string} id */
export const termHref = (id) => `#/help/glossary-${id}`;

/** Elements whose text is not linked: controls, links, charts and what is already a term. */
const SKIP = 'a, button, label, option, select, input, textarea, svg, code, summary, h1, [contenteditable], .term, .no-terms';

/**
 * Links the first use of each term under `root` to its explanation, once
 * per term on the screen (a term already linked stays the only link).
 * @param {HTMLElement} root
 */
export function linkTerms(root) {
  const done = new Set([...root.querySelectorAll('a.term')].map((a) => /** @type {HTMLElement} */ (a).dataset.term ?? ''));
  if (done.size === TERMS.length) return;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  /** @type {Text[]} */
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(/** @type {Text} */ (node));
  for (const node of nodes) {
    let text = node;
    for (let found = firstTerm(text.data, done); found; found = firstTerm(text.data, done)) {
      const word = text.splitText(found.index);
      const rest = word.splitText(found.length);
      const link = root.ownerDocument.createElement('a');
      link.className = 'term';
      link.href = termHref(found.id);
      link.dataset.term = found.id;
      link.textContent = word.data;
      word.replaceWith(link);
      done.add(found.id);
      text = rest;
    }
  }
}
