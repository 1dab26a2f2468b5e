// Short, polite messages in the corner: confirmations and failures that do
// not need the user to act. Screen readers hear them through role="status".

import { h } from './dom.js';

const SHOW_MS = 6000;
const MAX_SHOWN = 2;

/**
 * @param {string} text
 * @param {{kind?: 'info'|'error', host?: Element|null}} [options]
 */
export function showToast(text, { kind = 'info', host = document.getElementById('toasts') } = {}) {
  if (!host) return;
  const toast = h('div', { class: kind === 'error' ? 'toast error' : 'toast' }, text);
  // A few quick actions must not stack a wall of messages over the page.
  while (host.children.length >= MAX_SHOWN) host.firstElementChild?.remove();
  host.append(toast);
  setTimeout(() => toast.remove(), SHOW_MS);
}
