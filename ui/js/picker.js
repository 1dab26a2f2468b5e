// A searchable list for choosing one or several items from a long list
// (74 certifications, 82 skills): a search box that narrows a short,
// scrolling list of radio buttons or checkboxes. Plain controls, so the
// keyboard, screen readers and forms work as they do everywhere; no
// Ctrl-click to choose several.

import { h, replaceChildren } from './dom.js';

/**
 * The options whose label holds every word of `query` (any case), in their order.
 * @param {{value: string, label: string}[]} options
 * @param {string} query
 */
export function matching(options, query) {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}

/**
 * @param {{id: string, name: string, options: {value: string, label: string}[], selected: string[], multiple: boolean,
 *   t: (key: string, values?: object) => string, describedBy?: string}} spec
 *   `id` goes on the search box, so a `<label for=id>` names the whole picker.
 * @returns {{element: HTMLElement, value: () => string[]}}
 */
export function picker({ id, name, options, selected, multiple, t, describedBy }) {
  const chosen = new Set(selected);
  const type = multiple ? 'checkbox' : 'radio';
  const list = h('div', { class: 'picker-list', role: 'group', 'aria-label': t('picker.choices') });
  const count = h('p', { class: 'picker-count muted', 'aria-live': 'polite' });
  const draw = (query) => {
    const shown = matching(options, query);
    // What is chosen stays in the list while she searches, so it can always be seen and undone.
    const kept = options.filter((o) => chosen.has(o.value) && !shown.includes(o));
    replaceChildren(list, ...[...kept, ...shown].map((option, i) => {
      const inputId = `${id}-option-${options.indexOf(option)}`;
      return h('div', { class: 'choice' },
        h('input', { type, id: inputId, name, value: option.value, checked: chosen.has(option.value), onchange: (event) => {
          const input = /** @type {HTMLInputElement} */ (event.target);
          if (!multiple) chosen.clear();
          if (input.checked) chosen.add(option.value); else chosen.delete(option.value);
          showCount();
        } }),
        h('label', { for: inputId }, option.label, i < kept.length ? h('span', { class: 'tag' }, t('picker.chosen')) : null));
    }));
    if (!shown.length) list.append(h('p', { class: 'muted' }, t('picker.none')));
  };
  const showCount = () => { count.textContent = multiple ? t('picker.count', { count: chosen.size }) : ''; };
  const search = h('input', { type: 'search', id, autocomplete: 'off', placeholder: t('picker.search'),
    'aria-describedby': describedBy ?? null, oninput: () => draw(search.value) });
  draw('');
  showCount();
  return {
    element: h('div', { class: 'picker' }, search, list, count),
    value: () => options.map((o) => o.value).filter((v) => chosen.has(v)),
  };
}
