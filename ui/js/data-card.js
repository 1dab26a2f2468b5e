// "Your data": where this installation keeps the database; a consistent
// copy; export (JSON, CSV) and import with a preview. Shown in Help.

import { h, replaceChildren } from './dom.js';
import { describeError } from './errors.js';
import { formatBytes, formatDate, formatDateTime } from './format.js';

/**
 * @param {import('./main.js').ViewContext} ctx
 * @returns {HTMLElement} a card that fills itself in when the status arrives
 */
export function dataCard(ctx) {
  const { t } = ctx;
  const card = h('section', { class: 'card', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t('data.title')),
    h('p', { class: 'muted' }, t('data.loading')));
  ctx.bridge.appStatus().then(
    (status) => replaceChildren(card, ...cardBody(status, ctx)),
    (error) => replaceChildren(card, h('p', { class: 'notice error' }, describeError(error, t))));
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
    h('div', { class: 'button-row' },
      action(ctx, 'data.save_copy', () => ctx.bridge.saveDatabaseCopy(dialog(t, 'data.save_copy_title', 'data.filter_database')),
        (saved) => t('data.saved', { size: formatBytes(saved.bytes, ctx.locale), path: saved.path })),
      action(ctx, 'data.export', () => ctx.bridge.exportData(dialog(t, 'data.export_title', 'data.filter_export')),
        (saved) => t('data.exported', { size: formatBytes(saved.bytes, ctx.locale), path: saved.path })),
      action(ctx, 'data.export_csv', () => ctx.bridge.exportCsv(dialog(t, 'data.export_csv_title')),
        (files) => t('data.exported_csv', { count: files.length, folder: files[0]?.replace(/[\\/][^\\/]*$/, '') ?? '' })),
      importButton(ctx)),
  ];
}

/** The words of a native dialog, from the catalog. */
function dialog(t, titleKey, filterKey) {
  return filterKey ? { title: t(titleKey), filter_name: t(filterKey) } : { title: t(titleKey) };
}

/** A button that runs a dialog-backed command and reports the outcome in a toast. */
function action(ctx, labelKey, run, done) {
  const { t } = ctx;
  const button = h('button', { type: 'button', class: 'button secondary' }, t(labelKey));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const result = await run();
      ctx.toast(result ? done(result) : t('data.cancelled'));
    } catch (error) {
      ctx.toast(describeError(error, t), { kind: 'error' });
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The import button: choose a file, see what it holds, confirm, import. */
export function importButton(ctx, labelKey = 'data.import') {
  const { t } = ctx;
  const button = h('button', { type: 'button', class: 'button secondary' }, t(labelKey));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const choice = await ctx.bridge.chooseImport(dialog(t, 'data.import_title', 'data.filter_export'));
      if (!choice) {
        ctx.toast(t('data.cancelled'));
        return;
      }
      const mode = await askImportMode(choice, ctx);
      if (!mode) return;
      const outcome = await ctx.bridge.applyImport(mode);
      ctx.toast(t('import.done', { added: sum(outcome.added), kept: sum(outcome.kept) }));
      await ctx.dataReplaced();
    } catch (error) {
      ctx.toast(describeError(error, t), { kind: 'error' });
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Shows what the file holds and asks how to import it.
 * @returns {Promise<'replace'|'merge'|null>}
 */
function askImportMode(choice, ctx) {
  const { t } = ctx;
  const p = choice.preview;
  const counts = Object.entries(p.counts).map(([kind, n]) => h('li', {}, t('import.count', { n, kind: t(`kind.${kind}`) })));
  const range = p.date_range
    ? t('import.date_range', { first: formatDate(p.date_range.first, ctx.locale), last: formatDate(p.date_range.last, ctx.locale) })
    : t('import.no_dates');
  const option = (mode) => h('div', { class: 'choice' },
    h('input', { type: 'radio', name: 'import-mode', id: `import-mode-${mode}`, value: mode, checked: mode === 'merge' }),
    h('label', { for: `import-mode-${mode}` }, t(`import.mode.${mode}`)));
  const cancel = h('button', { type: 'button', class: 'button secondary', autofocus: true }, t('common.cancel'));
  const confirm = h('button', { type: 'button', class: 'button' }, t('import.confirm'));
  const dialogEl = h('dialog', { class: 'dialog', id: 'import-dialog', 'aria-labelledby': 'import-title' },
    h('h2', { id: 'import-title' }, t('import.title')),
    h('p', {}, t('import.file', { name: choice.file_name, date: formatDateTime(p.exported_at, ctx.locale), version: p.app_version })),
    h('ul', {}, ...counts),
    h('p', {}, range),
    h('fieldset', { class: 'choices' }, h('legend', { class: 'field-legend' }, t('import.mode')), option('merge'), option('replace')),
    h('p', { class: 'field-hint' }, t('import.backup_note')),
    h('div', { class: 'form-actions' }, cancel, h('span', { class: 'spacer' }), confirm));
  return new Promise((resolve) => {
    let mode = null;
    cancel.addEventListener('click', () => dialogEl.close());
    confirm.addEventListener('click', () => {
      mode = /** @type {HTMLInputElement|null} */ (dialogEl.querySelector('input[name="import-mode"]:checked'))?.value ?? 'merge';
      dialogEl.close();
    });
    dialogEl.addEventListener('close', () => { dialogEl.remove(); resolve(mode); });
    document.body.append(dialogEl);
    dialogEl.showModal();
  });
}
