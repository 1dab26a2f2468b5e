// The first view: what Pathway is, and where this installation keeps the
// user's data, with a way to save a copy of it.

import { h, replaceChildren } from '../dom.js';
import { formatBytes, formatDateTime } from '../format.js';

/**
 * @typedef {import('../i18n.js').Translate} Translate
 * @typedef {typeof import('../bridge.js')} Bridge
 * @typedef {{t: Translate, bridge: Bridge, toast: (text: string, options?: object) => void, locale?: string}} ViewContext
 */

/**
 * @param {HTMLElement} container
 * @param {ViewContext} ctx
 */
export async function render(container, ctx) {
  const { t } = ctx;
  const dataCard = h('section', { class: 'card', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t('data.title')),
    h('p', { class: 'muted' }, t('data.loading')));
  replaceChildren(container,
    h('h1', {}, t('welcome.title')),
    h('p', { class: 'lead' }, t('welcome.lead')),
    h('p', {}, t('welcome.privacy')),
    dataCard);

  let status;
  try {
    status = await ctx.bridge.appStatus();
  } catch (error) {
    // Only a failure to reach the data is reported as such; a bug in drawing
    // the card must not be dressed up as a data problem.
    replaceChildren(dataCard, storeUnavailable(error, t));
    return null;
  }
  replaceChildren(dataCard, ...dataCardBody(status, ctx));
  return status;
}

/**
 * @param {import('../bridge.js').AppStatus} status
 * @param {ViewContext} ctx
 */
function dataCardBody(status, ctx) {
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

/** @param {ViewContext} ctx */
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

/** @param {any} error @param {Translate} t */
function storeUnavailable(error, t) {
  return h('div', { class: 'notice error', role: 'alert' },
    h('h2', {}, t('error.store_unavailable_title')),
    h('p', {}, t('error.store_unavailable_help', { message: error.message })));
}
