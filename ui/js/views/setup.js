// The first-run set-up: one step per profile group, each skippable. Fields
// are checked by the core as the user types; nothing is saved until Finish,
// and only a valid profile is saved.

import { h, replaceChildren } from '../dom.js';
import { formatDate } from '../format.js';
import { debounce, focusField, readInto, refreshCurrencySymbols, renderGroup, showErrors } from '../forms.js';
import { payTotal } from '../pay.js';
import { GROUPS, emptyDraft, groupOf, withoutGroup } from '../profile-fields.js';

const CURRENCY_SYMBOL = { PHP: '₱', INR: '₹', USD: '$' };
const COUNTRY_OF_REGION = { PH: 'ph', IN: 'in', US: 'us' };
const CURRENCY_OF_COUNTRY = { ph: 'PHP', in: 'INR', us: 'USD' };

/** A first guess from the system locale, e.g. en-IN → India, rupees. @param {string} locale */
export function initialDraft(locale) {
  const region = (locale.split('-')[1] ?? '').toUpperCase();
  const country = COUNTRY_OF_REGION[region] ?? '';
  return { ...emptyDraft(), country, currency: CURRENCY_OF_COUNTRY[country] ?? 'PHP' };
}

export const currencySymbol = (code) => CURRENCY_SYMBOL[code] ?? '';

/**
 * @param {HTMLElement} container
 * @param {import('../main.js').ViewContext} ctx
 */
export function render(container, ctx) {
  const { t } = ctx;
  const state = { step: 0, draft: initialDraft(ctx.locale), touched: new Set(), summary: null };
  const formCtx = { t, currencySymbol: () => currencySymbol(state.draft.currency) };
  const dates = (iso) => formatDate(iso, ctx.locale);

  const draw = () => {
    const group = GROUPS[state.step];
    const last = state.step === GROUPS.length - 1;
    const stepLabel = t('setup.step_of', { step: state.step + 1, count: GROUPS.length, title: t(`group.${group.id}`) });
    const extra = group.id === 'pay' ? [payTotal(state.summary, t)]
      : group.id === 'money' ? [h('p', { class: 'notice' }, t('group.money.private'))] : [];
    const status = h('p', { class: 'form-status', id: 'setup-status', 'aria-live': 'polite' });
    const form = h('form', { class: 'setup-form', novalidate: true },
      renderGroup(group, state.draft, formCtx, { extra }),
      status,
      h('div', { class: 'form-actions' },
        state.step > 0 ? h('button', { type: 'button', class: 'button secondary', onclick: back }, t('common.back')) : null,
        h('button', { type: 'button', class: 'button quiet', onclick: skip }, t('setup.skip')),
        h('span', { class: 'spacer' }),
        h('button', { type: 'submit', class: 'button' }, last ? t('setup.finish') : t('common.next'))));
    form.addEventListener('input', (event) => onInput(form, event));
    form.addEventListener('submit', (event) => { event.preventDefault(); next(form, status); });
    replaceChildren(container,
      h('h1', { tabindex: '-1' }, t('setup.title')),
      h('p', { class: 'lead' }, t('setup.lead')),
      h('div', { class: 'step-meter' },
        h('p', { id: 'step-label' }, stepLabel),
        h('progress', { max: String(GROUPS.length), value: String(state.step + 1), 'aria-labelledby': 'step-label' })),
      form);
    form.querySelector('input, select')?.focus();
    if (group.id === 'pay') liveCheck(form);
  };

  const check = async () => {
    const result = await ctx.bridge.checkProfile(state.draft);
    state.summary = result.summary;
    return result.errors;
  };

  const liveCheck = debounce(async (form) => {
    const errors = await check().catch(() => []);
    showErrors(form, errors, state.touched, formCtx, dates);
    const panel = form.querySelector('#pay-total');
    if (panel) panel.replaceWith(payTotal(state.summary, t));
  }, 150);

  function onInput(form, event) {
    state.draft = readInto(form, state.draft);
    const field = event.target.closest('[data-field]')?.dataset.field;
    if (field) state.touched.add(field);
    if (field === 'country' && CURRENCY_OF_COUNTRY[state.draft.country]) {
      state.draft.currency = CURRENCY_OF_COUNTRY[state.draft.country];
      form.querySelector('#field-currency').value = state.draft.currency;
    }
    refreshCurrencySymbols(form, formCtx.currencySymbol());
    liveCheck(form);
  }

  async function next(form, status) {
    state.draft = readInto(form, state.draft);
    const group = GROUPS[state.step];
    const errors = await check();
    const here = errors.filter((e) => groupOf(e.field) === group);
    group.fields.forEach((f) => state.touched.add(f.name));
    const invalid = showErrors(form, here, state.touched, formCtx, dates);
    if (invalid.length > 0) {
      status.textContent = t('setup.fix_errors');
      focusField(form, invalid[0]);
      return;
    }
    if (state.step < GROUPS.length - 1) {
      state.step += 1;
      draw();
    } else {
      await finish(errors, status);
    }
  }

  async function finish(errors, status) {
    if (errors.length > 0) {
      // An earlier step holds a problem: go back to it.
      state.step = GROUPS.indexOf(groupOf(errors[0].field));
      draw();
      return;
    }
    try {
      const saved = await ctx.bridge.saveProfile(state.draft);
      ctx.toast(t('setup.finished'));
      ctx.profileSaved(saved);
    } catch (error) {
      status.textContent = t('error.generic', { message: error.message });
    }
  }

  function back() {
    state.draft = readInto(container.querySelector('form'), state.draft);
    state.step -= 1;
    draw();
  }

  async function skip() {
    state.draft = withoutGroup(state.draft, GROUPS[state.step]);
    if (state.step < GROUPS.length - 1) {
      state.step += 1;
      draw();
    } else {
      await finish(await check(), container.querySelector('#setup-status'));
    }
  }

  draw();
  return {};
}
