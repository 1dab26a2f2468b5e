// Settings: every profile field on one page, saved on demand; the currency
// rule (convert the stored amounts at a rate, or keep the numbers); the
// backups, each restorable; and "Delete all my data".

import { confirmDialog, withNode } from '../confirm.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { formatBytes, formatDate, formatDateTime } from '../format.js';
import { focusField, renderGroup } from '../forms.js';
import { profileForm } from '../profile-form.js';
import { payTotalPanel } from '../pay.js';
import { GROUPS, sameDraft } from '../profile-fields.js';
import { ratesCard } from '../rates-card.js';
import { currencySymbol } from './setup.js';

const MONEY_FIELDS = GROUPS.flatMap((g) => g.fields).filter((f) => f.kind === 'money').map((f) => f.name);

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const stored = ctx.profile.summary.profile;
  const baseline = ctx.profile.draft;
  const dates = (iso) => formatDate(iso, ctx.locale);
  const state = { busy: false, changeNeeded: false };
  const decision = () => panel.decision(stored.currency);
  const profile = profileForm({ ctx, draft: baseline, currencySymbol: (code) => currencySymbol(ctx.options, code), formatDate: dates, decision });
  const formCtx = profile.formCtx;

  const pay = payTotalPanel(t);
  pay.update(ctx.profile.summary);
  const panel = currencyPanel(t);
  const status = h('p', { class: 'form-status', id: 'settings-status', 'aria-live': 'polite' }, t('settings.no_changes'));
  const groups = GROUPS.map((group) => renderGroup(group, profile.state.draft, formCtx, {
    extra: group.id === 'who' ? [panel.element]
      : group.id === 'pay' ? [pay.element]
        : group.id === 'money' ? [h('p', { class: 'notice' }, t('group.money.private'))] : [],
  }));
  const form = h('form', { class: 'settings-form', novalidate: true }, ...groups,
    h('div', { class: 'form-actions sticky-actions' }, status, h('span', { class: 'spacer' }),
      h('button', { type: 'submit', class: 'button' }, t('common.save'))));

  /** While a currency decision is pending the amounts show, and keep, their stored values. */
  const lockAmounts = (locked) => {
    for (const name of MONEY_FIELDS) {
      const input = /** @type {HTMLInputElement} */ (form.querySelector(`#field-${name}`));
      if (locked && !input.disabled) {
        input.value = baseline[name];
        profile.state.draft[name] = baseline[name];
      }
      input.disabled = locked;
    }
  };

  const apply = (result) => {
    state.changeNeeded = result.currency_change_needed;
    panel.show(state.changeNeeded, stored.currency, profile.state.draft.currency);
    lockAmounts(state.changeNeeded);
    pay.update(result.summary);
    return profile.show(form, result.errors, state.changeNeeded ? ['currency_rate'] : []);
  };

  profile.listen(form, apply);
  form.addEventListener('input', () => {
    status.textContent = sameDraft(profile.state.draft, baseline) ? t('settings.no_changes') : t('settings.unsaved');
  });

  const save = async () => {
    if (state.busy) return;
    state.busy = true;
    try {
      profile.read(form);
      GROUPS.flatMap((g) => g.fields).forEach((f) => profile.state.touched.add(f.name));
      const change = decision();
      const invalid = apply(await ctx.bridge.checkProfile(profile.state.draft, change));
      if (invalid.length > 0) {
        status.textContent = t('setup.fix_errors');
        focusField(form, invalid[0]);
        return;
      }
      const saved = await ctx.bridge.saveProfile(profile.state.draft, state.changeNeeded ? change : null);
      ctx.toast(t('settings.saved'));
      ctx.profileSaved(saved, { stay: true });
    } catch (error) {
      status.textContent = describeError(error, t);
    } finally {
      state.busy = false;
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });

  replaceChildren(container,
    h('h1', { tabindex: '-1' }, t('settings.title')),
    h('p', { class: 'lead' }, t('settings.lead')),
    form,
    ratesCard(ctx),
    backupsCard(ctx),
    dangerZone(ctx));
  return {
    onAction: (action) => { if (action === 'save') save(); },
    canLeave: () => sameDraft(profile.read(form), baseline),
  };
}

/** "What happens to my amounts?", shown while the currency differs from the stored one. */
function currencyPanel(t) {
  const rateLabel = h('label', { for: 'field-currency_rate' });
  const rate = h('input', { id: 'field-currency_rate', type: 'text', inputmode: 'decimal', autocomplete: 'off',
    'aria-describedby': 'error-currency_rate' });
  const convert = h('input', { type: 'radio', name: 'currency-change', id: 'currency-change-convert', value: 'convert' });
  const keep = h('input', { type: 'radio', name: 'currency-change', id: 'currency-change-keep', value: 'keep' });
  const element = h('fieldset', { class: 'currency-panel notice', 'data-currency-panel': true, hidden: true },
    h('legend', { class: 'field-legend' }, t('settings.currency_change.title')),
    h('div', { class: 'choice' }, convert, h('label', { for: 'currency-change-convert' }, t('settings.currency_change.convert'))),
    h('div', { class: 'field field-indented', 'data-field': 'currency_rate' }, rateLabel, rate,
      h('p', { class: 'field-error', id: 'error-currency_rate', 'data-error-for': 'currency_rate', hidden: true })),
    h('div', { class: 'choice' }, keep, h('label', { for: 'currency-change-keep' }, t('settings.currency_change.keep'))));
  return {
    element,
    show(visible, from, to) {
      element.hidden = !visible;
      rateLabel.textContent = t('settings.currency_change.rate', { from, to });
    },
    /** @returns {import('../bridge.js').CurrencyChange|null} */
    decision(from) {
      if (element.hidden) return null;
      if (keep.checked) return { action: 'keep', from };
      if (convert.checked) return { action: 'convert', from, rate: rate.value };
      return null;
    },
  };
}

const reasonKey = (reason) => (reason.startsWith('before-migration') ? 'backup.reason.before-migration' : `backup.reason.${reason}`);

/** The backups, newest first, each with a Restore button. */
function backupsCard(ctx) {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'muted' }, t('data.loading')));
  const card = h('section', { class: 'card', id: 'backups', 'aria-labelledby': 'backups-title' },
    h('h2', { id: 'backups-title' }, t('backups.title')),
    h('p', {}, t('backups.text')),
    body);
  ctx.bridge.listBackups().then((backups) => {
    if (backups.length === 0) {
      replaceChildren(body, h('div', { class: 'empty-state' }, h('p', {}, t('backups.empty'))));
      return;
    }
    const row = (backup) => h('tr', {},
      h('td', {}, formatDateTime(backup.created_at, ctx.locale)),
      h('td', {}, t(reasonKey(backup.reason))),
      h('td', { class: 'numeric' }, formatBytes(backup.bytes, ctx.locale)),
      h('td', {}, h('button', {
        type: 'button',
        class: 'button secondary small',
        'aria-label': t('backups.restore_named', { date: formatDateTime(backup.created_at, ctx.locale) }),
        onclick: () => restore(backup),
      }, t('backups.restore'))));
    replaceChildren(body, h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ...['backups.when', 'backups.kind', 'backups.size', 'backups.action']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, ...backups.map(row))));
  }, (error) => replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t))));

  async function restore(backup) {
    const when = formatDateTime(backup.created_at, ctx.locale);
    const ok = await confirmDialog({
      title: t('backups.confirm_title'),
      body: [t('backups.confirm_text', { date: when })],
      confirm: t('backups.restore'),
      cancel: t('common.cancel'),
    });
    if (!ok) return;
    try {
      await ctx.bridge.restoreBackup(backup.file_name);
      ctx.toast(t('backups.restored', { date: when }));
      await ctx.dataReplaced();
    } catch (error) {
      ctx.toast(describeError(error, t), { kind: 'error' });
    }
  }
  return card;
}

/** "Delete all my data", behind a confirmation that names the folder. */
function dangerZone(ctx) {
  const { t } = ctx;
  const open = async () => {
    const status = await ctx.bridge.appStatus().catch(() => null);
    const folder = h('code', {}, status?.data_dir.path ?? '');
    const ok = await confirmDialog({
      title: t('settings.danger.confirm_title'),
      body: withNode(t('settings.danger.confirm_text', { folder: '\u0000' }), '\u0000', folder),
      confirm: t('settings.danger.confirm_button'),
      cancel: t('common.cancel'),
      danger: true,
    });
    if (!ok) return;
    try {
      await ctx.bridge.deleteAllData();
      ctx.toast(t('settings.danger.done'));
      ctx.profileSaved(null);
    } catch (error) {
      ctx.toast(describeError(error, t), { kind: 'error' });
    }
  };
  return h('section', { class: 'card danger-zone', 'aria-labelledby': 'danger-title' },
    h('h2', { id: 'danger-title' }, t('settings.danger.title')),
    h('p', {}, t('settings.danger.text')),
    h('button', { type: 'button', class: 'button danger', onclick: open }, t('settings.danger.button')));
}
