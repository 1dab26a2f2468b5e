// "Your data": where this installation keeps the database, and a button to
// save a consistent copy of it. Shown in Help.

import { h, replaceChildren } from './dom.js';
import { formatBytes, formatDateTime } from './format.js';

/**
 * @param {{t: import('./i18n.js').Translate, bridge: typeof import('./bridge.js'), toast: Function, locale: string}} ctx
 * @returns {HTMLElement} a card that fills itself in when the status arrives
 */
export function dataCard(ctx) {
  const { t } = ctx;
  const card = h('section', { class: 'card', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t('data.title')),
    h('p', { class: 'muted' }, t('data.loading')));
  ctx.bridge.appStatus().then(
    (status) => replaceChildren(card, ...cardBody(status, ctx)),
    (error) => replaceChildren(card, storeUnavailable(error, t)));
  return card;
}

function cardBody(status, ctx) {
  const { t } = ctx;
  const fact = (label, value, id) => [h('dt', {}, label), h('dd', { id }, value)];
  return [
    h('h2', { id: 'data-title' }, t('data.title')),
    h('dl', { class: 'facts' },
      ...fact(t('data.folder'), h('span', {},
        h('code', {}, status.data_dir.path), ' ',
        h('span', { class: 'muted' }, `(${t(`data.folder_source.${status.data_dir.source}`)})`)), 'data-folder'),
      ...fact(t('data.file'), h('code', {}, status.database.path), 'data-file'),
      ...fact(t('data.schema'), String(status.database.schema_version), 'data-schema'),
      ...fact(t('data.created'), formatDateTime(status.database.created_at, ctx.locale), 'data-created')),
    h('p', { class: 'muted' }, t('data.save_copy_help')),
    saveCopyButton(ctx),
  ];
}

function saveCopyButton(ctx) {
  const { t } = ctx;
  const button = h('button', { type: 'button', class: 'button secondary' }, t('data.save_copy'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const saved = await ctx.bridge.saveDatabaseCopy(t('data.save_copy_title'));
      ctx.toast(saved
        ? t('data.saved', { size: formatBytes(saved.bytes, ctx.locale), path: saved.path })
        : t('data.save_cancelled'));
    } catch (error) {
      ctx.toast(t('error.generic', { message: error.message }), { kind: 'error' });
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The notice shown when the store could not be opened. */
export function storeUnavailable(error, t) {
  return h('div', { class: 'notice error', role: 'alert' },
    h('h2', {}, t('error.store_unavailable_title')),
    h('p', {}, t('error.store_unavailable_help', { message: error.message })));
}
