// A modal question with two answers, drawn as a native <dialog> (focus is
// trapped inside it and Escape cancels). Used wherever an action cannot be
// undone or would discard work.

import { h } from './dom.js';

/**
 * @param {{title: string, body: (Node|string)[], confirm: string, cancel: string, danger?: boolean}} words
 * @returns {Promise<boolean>} true when the user confirmed
 */
export function confirmDialog({ title, body, confirm, cancel, danger = false }) {
  return new Promise((resolve) => {
    const cancelButton = h('button', { type: 'button', class: 'button secondary', autofocus: true }, cancel);
    const confirmButton = h('button', { type: 'button', class: danger ? 'button danger' : 'button' }, confirm);
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title' }, title),
      h('p', {}, ...body),
      h('div', { class: 'form-actions' }, cancelButton, h('span', { class: 'spacer' }), confirmButton));
    let answer = false;
    cancelButton.addEventListener('click', () => dialog.close());
    confirmButton.addEventListener('click', () => { answer = true; dialog.close(); });
    dialog.addEventListener('close', () => { dialog.remove(); resolve(answer); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * Splits a catalog sentence around one placeholder so that a value (such as
 * a path in <code>) can be put in as an element, never as markup.
 * @param {string} text a sentence containing `marker`
 * @param {string} marker
 * @param {Node} node
 */
export function withNode(text, marker, node) {
  const [before, after = ''] = text.split(marker);
  return [before, node, after];
}
