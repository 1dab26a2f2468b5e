// Which view is showing. The location hash (#/welcome) is the single source
// of truth, so Back/Forward and deep links work like in any desktop app.

/**
 * @typedef {{id: string, labelKey: string, module?: {render: (container: HTMLElement, ctx: any) => any}}} ViewEntry
 */

/**
 * The view a hash names, or the first view when it names none we know.
 * @param {string} hash e.g. "#/welcome"
 * @param {ViewEntry[]} views
 * @returns {ViewEntry}
 */
export function viewForHash(hash, views) {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return views.find((view) => view.id === id) ?? views[0];
}

/** @param {string} id */
export const hashFor = (id) => `#/${id}`;
