// Short messages at the foot of the sidebar, where they never cover a field:
// confirmations that pass on their own. A failure stays until she dismisses
// it (a failure she had no time to read is no message at all), and stands
// right after the control it is about when there is one (`near`).
// Screen readers hear confirmations through role="status", failures through role="alert".

import { h } from './dom.js';
import { showBeside } from './view-kit.js';

const SHOW_MS = 6000;
const MAX_SHOWN = 3;

/**
 * @param {string} text
 * @param {{kind?: 'info'|'error', host?: Element|null, dismissLabel?: string, near?: Element|null}} [options]
 */
export function showToast(text, { kind = 'info', host = document.getElementById('toasts'), dismissLabel = '×', near = null } = {}) {
  const error = kind === 'error';
  if (error && near) {
    showBeside(near, message(text, 'notice error beside-alert', 'alert', dismissLabel));
    return;
  }
  if (!host) return;
  const toast = message(text, error ? 'toast error' : 'toast', error ? 'alert' : 'status', error ? dismissLabel : null);
  // A few quick actions must not stack a wall of messages: the oldest confirmation goes first.
  while (host.children.length >= MAX_SHOWN) (host.querySelector('.toast:not(.error)') ?? host.firstElementChild)?.remove();
  host.append(toast);
  if (!error) setTimeout(() => toast.remove(), SHOW_MS);
}

/** One message: its text, and a dismiss button when it waits for her (`dismissLabel`). */
function message(text, className, role, dismissLabel) {
  const box = h('div', { class: className, role },
    h('span', { class: 'toast-text' }, text),
    dismissLabel == null ? null : h('button', { type: 'button', class: 'toast-dismiss', 'aria-label': dismissLabel, onclick: () => box.remove() }, '×'));
  return box;
}
