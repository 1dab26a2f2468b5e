// Shown instead of the app when the data file cannot be used. It says what
// happened in plain words, promises that nothing was changed, and offers the
// ways on: restore the newest backup that opens, start fresh, or try again.

import { confirmDialog } from '../confirm.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';

const RECOVERABLE = ['store.damaged', 'store.not_a_database', 'store.too_new'];

/** Which actions fit a failure. Pure, so it is tested. @param {string} code */
export function recoveryActions(code) {
  if (code === 'store.locked') return ['retry'];
  if (RECOVERABLE.includes(code)) return ['restore_newest_backup', 'start_fresh'];
  return ['retry'];
}

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const error = ctx.storeError;
  const known = RECOVERABLE.includes(error.code) || error.code === 'store.locked';
  const status = h('p', { class: 'form-status', id: 'recovery-status', 'aria-live': 'polite' });
  const buttons = recoveryActions(error.code).map((action) =>
    h('button', { type: 'button', class: action === 'start_fresh' ? 'button secondary' : 'button', onclick: () => run(action) },
      t(`recovery.action.${action}`)));
  replaceChildren(container,
    h('h1', { tabindex: '-1' }, t(known ? `recovery.title.${error.code}` : 'error.store_unavailable_title')),
    h('div', { class: 'notice error', role: 'alert' },
      h('p', {}, known ? t(`recovery.text.${error.code}`) : describeError(error, t)),
      h('p', {}, t(error.code === 'store.locked' ? 'recovery.locked_safe' : 'recovery.kept'))),
    h('p', { class: 'muted' }, t('recovery.details', { details: error.message })),
    h('div', { class: 'form-actions' }, ...buttons),
    status);

  async function run(action) {
    try {
      if (action === 'retry') {
        await ctx.bridge.retryOpenStore();
      } else {
        if (action === 'start_fresh' && !(await confirmStartFresh(t))) return;
        const recovered = await ctx.bridge.recoverStore(action);
        ctx.toast(recovered.moved_aside ? t('recovery.moved', { path: recovered.moved_aside }) : t('recovery.done'));
      }
      await ctx.dataReplaced();
    } catch (failure) {
      status.textContent = describeError(failure, t);
    }
  }
  return {};
}

function confirmStartFresh(t) {
  return confirmDialog({
    title: t('recovery.fresh_title'),
    body: [t('recovery.fresh_text')],
    confirm: t('recovery.action.start_fresh'),
    cancel: t('common.cancel'),
  });
}
