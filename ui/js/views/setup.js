// The first-run set-up: one step per profile group, each skippable. Fields
// are checked by the core as the user types; nothing is saved until Finish,
// and only a valid profile is saved.

import { importButton } from '../data-card.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { formatDate } from '../format.js';
import { focusField, renderGroup } from '../forms.js';
import { profileForm } from '../profile-form.js';
import { STALE } from '../view-kit.js';
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
  const dates = (iso) => formatDate(iso, ctx.locale);
  const profile = profileForm({ ctx, draft: initialDraft(ctx.locale, options), currencySymbol: (code) => currencySymbol(options, code),
    formatDate: dates, followCountry: true });
  const state = { step: 0, summary: null, busy: false };
  let pay = null;

  /** A check's answer: the step's refusals beside their fields, the pay total, and the notice cleared once all is well. */
  const checked = (form) => (result) => {
    state.summary = result.summary;
    const invalid = profile.show(form, result.errors);
    pay?.update(state.summary);
    // "Please correct the highlighted field" goes once nothing on this step is highlighted.
    const status = form.querySelector('#setup-status');
    if (status && !invalid.some((field) => groupOf(field) === GROUPS[state.step])) status.textContent = '';
  };

  const draw = () => {
    const group = GROUPS[state.step];
    const last = state.step === GROUPS.length - 1;
    const stepLabel = t('setup.step_of', { step: state.step + 1, count: GROUPS.length, title: t(`group.${group.id}`) });
    pay = group.id === 'pay' ? payTotalPanel(t) : null;
    const extra = pay ? [pay.element] : group.id === 'money' ? [h('p', { class: 'notice' }, t('group.money.private'))] : [];
    const status = h('p', { class: 'form-status', id: 'setup-status', 'aria-live': 'polite' });
    const form = h('form', { class: 'setup-form', novalidate: true },
      renderGroup(group, profile.state.draft, profile.formCtx, { extra }),
      status,
      h('div', { class: 'form-actions' },
        state.step > 0 ? h('button', { type: 'button', class: 'button secondary', onclick: back }, t('common.back')) : null,
        h('button', { type: 'button', class: 'button quiet', onclick: skip }, t('setup.skip')),
        h('span', { class: 'spacer' }),
        h('button', { type: 'submit', class: 'button' }, last ? t('setup.finish') : t('common.next'))));
    profile.listen(form, checked(form));
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
    if (pay) profile.check().then((result) => { if (result !== STALE) checked(form)(result); }, () => {});
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

  /** The core's refusals for the whole draft (a check that is never stale: Next and Finish wait for it). */
  const errorsNow = async () => (await ctx.bridge.checkProfile(profile.state.draft, null)).errors;

  async function next(form, status) {
    profile.read(form);
    const group = GROUPS[state.step];
    const errors = await errorsNow();
    const here = errors.filter((e) => groupOf(e.field) === group);
    const invalid = profile.show(form, here, group.fields.map((f) => f.name));
    group.fields.forEach((f) => profile.state.touched.add(f.name));
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
    const saved = await ctx.bridge.saveProfile(profile.state.draft);
    ctx.toast(t('setup.finished'));
    ctx.profileSaved(saved);
  }

  function back() {
    profile.read(container.querySelector('form'));
    state.step -= 1;
    draw();
  }

  function skip() {
    guarded(async () => {
      profile.state.draft = withoutGroup(profile.state.draft, GROUPS[state.step]);
      if (state.step < GROUPS.length - 1) {
        state.step += 1;
        draw();
      } else {
        await finish(await errorsNow());
      }
    });
  }

  draw();
  return {};
}
