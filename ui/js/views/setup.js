// The first-run set-up: one step per profile group, each skippable. Fields
// are checked by the core as the user types; nothing is saved until Finish,
// and only a valid profile is saved.

import { importButton } from '../data-card.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { formatDate } from '../format.js';
import { debounce, focusField, readInto, refreshCurrencySymbols, renderGroup, showErrors } from '../forms.js';
import { payTotalPanel } from '../pay.js';
import { GROUPS, emptyDraft, groupOf, withoutGroup } from '../profile-fields.js';
import { todayIso } from '../progress-model.js';

/**
 * A first guess from the system locale, e.g. en-IN → India, rupees.
 * @param {string} locale
 * @param {import('../protocol.js').ProfileOptions} options
 * @param {string} [today] YYYY-MM-DD
 */
export function initialDraft(locale, options, today = todayIso()) {
  const region = (locale.split('-')[1] ?? '').toLowerCase();
  const country = Object.hasOwn(options.default_currency, region) && region !== 'other' ? region : '';
  // Keeping her job while she searches is the default for someone employed; she can change it.
  // The start date is today, for real: an empty date field showed today in grey, saved nothing,
  // and Home then said "not given".
  return { ...emptyDraft(), country, currency: options.default_currency[country] ?? options.currencies[0].code, search_plan: 'keeps_job',
    start_date: today };
}

/** The symbol shown beside money fields. @param {import('../protocol.js').ProfileOptions} options @param {string} code */
export const currencySymbol = (options, code) => options.currencies.find((c) => c.code === code)?.symbol ?? '';

/**
 * @param {HTMLElement} container
 * @param {import('../main.js').ViewContext} ctx
 */
export function render(container, ctx) {
  const { t, options } = ctx;
  const state = { step: 0, draft: initialDraft(ctx.locale, options), touched: new Set(), summary: null, busy: false };
  const formCtx = { t, currencySymbol: () => currencySymbol(options, state.draft.currency) };
  const dates = (iso) => formatDate(iso, ctx.locale);
  let pay = null;

  const draw = () => {
    const group = GROUPS[state.step];
    const last = state.step === GROUPS.length - 1;
    const stepLabel = t('setup.step_of', { step: state.step + 1, count: GROUPS.length, title: t(`group.${group.id}`) });
    pay = group.id === 'pay' ? payTotalPanel(t) : null;
    const extra = pay ? [pay.element] : group.id === 'money' ? [h('p', { class: 'notice' }, t('group.money.private'))] : [];
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
    form.addEventListener('submit', (event) => { event.preventDefault(); guarded(() => next(form, status)); });
    replaceChildren(container,
      h('h1', { tabindex: '-1' }, t('setup.title')),
      h('p', { class: 'lead' }, t('setup.lead')),
      state.step === 0
        ? h('p', { class: 'setup-import' }, t('setup.import_hint'), ' ', importButton(ctx, 'setup.import'))
        : null,
      h('div', { class: 'step-meter' },
        h('p', { id: 'step-label' }, stepLabel),
        h('progress', { max: String(GROUPS.length), value: String(state.step + 1), 'aria-labelledby': 'step-label' })),
      form);
    /** @type {HTMLElement|null} */ (form.querySelector('input, select'))?.focus();
    if (pay) liveCheck(form);
  };

  /** One action at a time: a double click or a held Enter cannot run it twice. */
  async function guarded(action) {
    if (state.busy) return;
    state.busy = true;
    try {
      await action();
    } catch (error) {
      const status = container.querySelector('#setup-status');
      if (status) status.textContent = describeError(error, t);
    } finally {
      state.busy = false;
    }
  }

  const check = async () => {
    const result = await ctx.bridge.checkProfile(state.draft);
    state.summary = result.summary;
    return result.errors;
  };

  const liveCheck = debounce(async (form) => {
    let errors;
    try {
      errors = await check();
    } catch {
      return; // the next keystroke or Next reports it
    }
    const invalid = showErrors(form, errors, state.touched, formCtx, dates);
    pay?.update(state.summary);
    // "Please correct the highlighted field" goes once nothing on this step is highlighted.
    const status = form.querySelector('#setup-status');
    const group = GROUPS[state.step];
    if (status && !invalid.some((field) => groupOf(field) === group)) status.textContent = '';
  }, 150);

  function onInput(form, event) {
    state.draft = readInto(form, state.draft);
    const field = event.target.closest('[data-field]')?.dataset.field;
    if (field) state.touched.add(field);
    if (field === 'country' && options.default_currency[state.draft.country]) {
      state.draft.currency = options.default_currency[state.draft.country];
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
      await finish(errors);
    }
  }

  async function finish(errors) {
    if (errors.length > 0) {
      // An earlier step holds a problem: go back to it.
      state.step = GROUPS.indexOf(groupOf(errors[0].field));
      draw();
      return;
    }
    const saved = await ctx.bridge.saveProfile(state.draft);
    ctx.toast(t('setup.finished'));
    ctx.profileSaved(saved);
  }

  function back() {
    state.draft = readInto(container.querySelector('form'), state.draft);
    state.step -= 1;
    draw();
  }

  function skip() {
    guarded(async () => {
      state.draft = withoutGroup(state.draft, GROUPS[state.step]);
      if (state.step < GROUPS.length - 1) {
        state.step += 1;
        draw();
      } else {
        await finish(await check());
      }
    });
  }

  draw();
  return {};
}
