// Settings: every profile field on one page, saved on demand; the currency
// rule (convert at a rate, or keep the numbers); and "Delete all my data".

import { h, replaceChildren } from '../dom.js';
import { formatDate } from '../format.js';
import { debounce, focusField, readInto, refreshCurrencySymbols, renderGroup, showErrors } from '../forms.js';
import { payTotal } from '../pay.js';
import { GROUPS, sameDraft } from '../profile-fields.js';
import { currencySymbol } from './setup.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const stored = ctx.profile.summary.profile;
  const baseline = ctx.profile.draft;
  const state = { draft: { ...baseline }, touched: new Set(), summary: ctx.profile.summary };
  const formCtx = { t, currencySymbol: () => currencySymbol(state.draft.currency) };
  const dates = (iso) => formatDate(iso, ctx.locale);
  const storedHasAmounts = [stored.pay.base_monthly_minor, stored.pay.night_differential_monthly_minor,
    stored.pay.allowances_monthly_minor, stored.monthly_expenses_minor, stored.savings_minor].some((v) => v != null);

  const currencyPanel = renderCurrencyPanel(t);
  const status = h('p', { class: 'form-status', id: 'settings-status', 'aria-live': 'polite' }, t('settings.no_changes'));
  const groups = GROUPS.map((group) => renderGroup(group, state.draft, formCtx, {
    extra: group.id === 'who' ? [currencyPanel.element] : group.id === 'pay' ? [payTotal(state.summary, t)] : [],
  }));
  const form = h('form', { class: 'settings-form', novalidate: true }, ...groups,
    h('div', { class: 'form-actions sticky-actions' }, status, h('span', { class: 'spacer' }),
      h('button', { type: 'submit', class: 'button' }, t('common.save'))));

  const liveCheck = debounce(async () => {
    const result = await ctx.bridge.checkProfile(state.draft).catch(() => ({ errors: [], summary: null }));
    showErrors(form, result.errors, state.touched, formCtx, dates);
    state.summary = result.summary;
    form.querySelector('#pay-total')?.replaceWith(payTotal(result.summary, t));
  }, 150);

  const refresh = () => {
    const changedCurrency = state.draft.currency !== stored.currency && storedHasAmounts;
    currencyPanel.show(changedCurrency, stored.currency, state.draft.currency);
    status.textContent = sameDraft(state.draft, baseline) ? t('settings.no_changes') : t('settings.unsaved');
    refreshCurrencySymbols(form, formCtx.currencySymbol());
  };

  form.addEventListener('input', (event) => {
    if (event.target.closest('[data-currency-panel]')) return;
    state.draft = readInto(form, state.draft);
    const field = event.target.closest('[data-field]')?.dataset.field;
    if (field) state.touched.add(field);
    refresh();
    liveCheck();
  });

  const save = async () => {
    state.draft = readInto(form, state.draft);
    const check = await ctx.bridge.checkProfile(state.draft);
    GROUPS.flatMap((g) => g.fields).forEach((f) => state.touched.add(f.name));
    const invalid = showErrors(form, check.errors, state.touched, formCtx, dates);
    if (invalid.length > 0) {
      status.textContent = t('setup.fix_errors');
      focusField(form, invalid[0]);
      return;
    }
    const change = currencyPanel.visible() ? currencyPanel.decision() : null;
    if (currencyPanel.visible() && !change) {
      currencyPanel.showError(t('validation.currency_change_unconfirmed', { from: stored.currency, to: state.draft.currency }));
      return;
    }
    try {
      const saved = await ctx.bridge.saveProfile(state.draft, change);
      ctx.toast(t('settings.saved'));
      ctx.profileSaved(saved, { stay: true });
    } catch (error) {
      if (currencyPanel.visible()) currencyPanel.showError(error.message);
      else status.textContent = t('error.generic', { message: error.message });
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });

  replaceChildren(container,
    h('h1', { tabindex: '-1' }, t('settings.title')),
    h('p', { class: 'lead' }, t('settings.lead')),
    form,
    dangerZone(ctx));
  refresh();
  return { onAction: (action) => { if (action === 'save') save(); } };
}

/** The "what happens to my amounts" question, shown when the currency changes. */
function renderCurrencyPanel(t) {
  const rate = h('input', { id: 'currency-rate', type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const rateLabel = h('label', { for: 'currency-rate' });
  const convert = h('input', { type: 'radio', name: 'currency-change', id: 'currency-change-convert', value: 'convert' });
  const keep = h('input', { type: 'radio', name: 'currency-change', id: 'currency-change-keep', value: 'keep' });
  const error = h('p', { class: 'field-error', id: 'currency-change-error', hidden: true, role: 'alert' });
  const element = h('fieldset', { class: 'currency-panel notice', 'data-currency-panel': true, hidden: true },
    h('legend', { class: 'field-legend' }, t('settings.currency_change.title')),
    h('div', { class: 'choice' }, convert, h('label', { for: 'currency-change-convert' }, t('settings.currency_change.convert'))),
    h('div', { class: 'field field-indented' }, rateLabel, rate),
    h('div', { class: 'choice' }, keep, h('label', { for: 'currency-change-keep' }, t('settings.currency_change.keep'))),
    error);
  return {
    element,
    visible: () => !element.hidden,
    show(visible, from, to) {
      element.hidden = !visible;
      rateLabel.textContent = t('settings.currency_change.rate', { from, to });
    },
    decision() {
      if (keep.checked) return { action: 'keep' };
      if (convert.checked) return { action: 'convert', rate: rate.value };
      return null;
    },
    showError(message) {
      error.textContent = message;
      error.hidden = false;
    },
  };
}

/** "Delete all my data", behind a confirmation that names the folder. */
function dangerZone(ctx) {
  const { t } = ctx;
  const folder = h('code', {});
  const cancel = h('button', { type: 'button', class: 'button secondary', autofocus: true }, t('common.cancel'));
  const confirm = h('button', { type: 'button', class: 'button danger' }, t('settings.danger.confirm_button'));
  const text = h('p', {});
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'delete-title' },
    h('h2', { id: 'delete-title' }, t('settings.danger.confirm_title')), text,
    h('div', { class: 'form-actions' }, cancel, h('span', { class: 'spacer' }), confirm));
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      await ctx.bridge.deleteAllData();
      dialog.close();
      ctx.toast(t('settings.danger.done'));
      ctx.profileSaved(null);
    } catch (error) {
      ctx.toast(t('error.generic', { message: error.message }), { kind: 'error' });
    } finally {
      confirm.disabled = false;
    }
  });
  const open = async () => {
    const status = await ctx.bridge.appStatus().catch(() => null);
    folder.textContent = status?.data_dir.path ?? '';
    const [before, after] = t('settings.danger.confirm_text', { folder: '\u0000' }).split('\u0000');
    text.replaceChildren(before, folder, after ?? '');
    dialog.showModal();
  };
  return h('section', { class: 'card danger-zone', 'aria-labelledby': 'danger-title' },
    h('h2', { id: 'danger-title' }, t('settings.danger.title')),
    h('p', {}, t('settings.danger.text')),
    h('button', { type: 'button', class: 'button danger', onclick: open }, t('settings.danger.button')),
    dialog);
}
