// Short messages at the foot of the sidebar, where they never cover a field:
// confirmations that pass on their own, and failures that stay until she
// dismisses them (a failure she had no time to read is no message at all).
// Screen readers hear confirmations through role="status", failures through role="alert".

import { h } from './dom.js';

const SHOW_MS = 6000;
const MAX_SHOWN = 3;

/**
 * @param {string} text
 * @param {{kind?: 'info'|'error', host?: Element|null, dismissLabel?: string}} [options]
 */
export function showToast(text, { kind = 'info', host = document.getElementById('toasts'), dismissLabel = '×' } = {}) {
  if (!host) return;
  const error = kind === 'error';
  const toast = h('div', { class: error ? 'toast error' : 'toast', role: error ? 'alert' : 'status' },
    h('span', { class: 'toast-text' }, text),
    error ? h('button', { type: 'button', class: 'toast-dismiss', 'aria-label': dismissLabel, onclick: () => toast.remove() }, '×') : null);
  // A few quick actions must not stack a wall of messages: the oldest confirmation goes first.
  while (host.children.length >= MAX_SHOWN) (host.querySelector('.toast:not(.error)') ?? host.firstElementChild)?.remove();
  host.append(toast);
  if (!error) setTimeout(() => toast.remove(), SHOW_MS);
}
