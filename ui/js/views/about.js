// About Pathway: the version and what it runs on, where the data lives (with
// a button to open the folder), how current the catalog's figures are, the
// promise that nothing leaves the computer, and the licences of what ships.

import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const body = h('div', { id: 'about-body' }, h('p', { class: 'muted' }, t('data.loading')));
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('about.title')), h('p', { class: 'lead' }, t('about.lead')), body);
  Promise.all([ctx.bridge.about(), loadLicences()]).then(
    ([info, licences]) => replaceChildren(body, facts(info, ctx), offline(t), licenceList(licences, t)),
    (error) => replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t))));
  return {};
}

/** The licence list shipped beside the page (`cargo xtask licenses` writes it). */
async function loadLicences(fetchImpl = globalThis.fetch) {
  const response = await fetchImpl('licenses.json');
  if (!response.ok) throw new Error(`licenses.json is missing (${response.status})`);
  return response.json();
}

function facts(info, ctx) {
  const { t } = ctx;
  const open = h('button', { type: 'button', class: 'button secondary small', id: 'open-data-folder', onclick: () => {
    ctx.bridge.openDataFolder().catch((error) => ctx.toast(describeError(error, t), { kind: 'error' }));
  } }, t('about.open_folder'));
  const rows = [
    [t('about.version'), t('about.version_value', { version: info.app_version })],
    [t('about.runs_on'), t('about.runs_on_value', { tauri: info.tauri_version, webview: info.webview_version ?? t('common.not_given'), os: info.os, arch: info.arch })],
    [t('about.data_folder'), h('span', {}, h('code', { id: 'about-data-folder' }, info.data_dir.path), ' ', open)],
    [t('about.log_folder'), h('span', {}, h('code', { id: 'about-log-folder' }, info.log_dir), h('br'), t('about.log_folder_help'))],
    [t('about.catalog_date'), info.catalog_data_date ? t('about.catalog_date_value', { date: info.catalog_data_date }) : t('common.not_given')],
    [t('about.licence'), t('about.licence_value')],
  ];
  return h('section', { class: 'card' }, h('dl', { class: 'facts' }, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
}

function offline(t) {
  return h('section', { class: 'card', id: 'about-offline' }, h('h2', {}, t('about.offline_title')), h('p', {}, t('about.offline')));
}

function licenceList(licences, t) {
  const count = licences.groups.reduce((n, g) => n + g.packages.length, 0);
  return h('section', { class: 'card', id: 'about-licences' },
    h('h2', {}, t('about.licences_title')),
    h('p', {}, t('about.licences_intro', { count })),
    licences.groups.map((group) => h('details', {},
      h('summary', {}, t('about.licence_group', { licence: group.licence, count: group.packages.length })),
      h('p', { class: 'muted licence-packages' }, group.packages.join(', ')))));
}
