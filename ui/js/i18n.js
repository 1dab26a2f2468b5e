// The message catalog: every user-visible string is looked up by key, so a
// translation is a new JSON file and never an edit to a view.

/** @typedef {Record<string, string>} Messages */
/** @typedef {(key: string, params?: Record<string, string|number>) => string} Translate */

/**
 * Makes a translator over one catalog. A missing key shows as the key itself
 * (visible in review, never a crash); `{name}` placeholders take `params`.
 * @param {Messages} messages
 * @returns {Translate}
 */
export function createTranslator(messages) {
  return (key, params = {}) => {
    const template = Object.hasOwn(messages, key) ? messages[key] : key;
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole);
  };
}

/**
 * Loads a catalog shipped beside the page (`ui/i18n/LANG.json`).
 * @param {string} lang
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<Messages>}
 */
export async function loadMessages(lang, fetchImpl = globalThis.fetch) {
  const response = await fetchImpl(`i18n/${lang}.json`);
  if (!response.ok) throw new Error(`message catalog ${lang} is missing (${response.status})`);
  return response.json();
}
