// The profile form's behaviour, one controller for the set-up (a group per
// step) and Settings (every group at once): read what was typed into the
// draft, remember which fields she touched, follow the country with its
// currency, check the draft with the core as she types (only the newest
// answer counts), and show each refusal beside its field.

import { debounce, readInto, refreshCurrencySymbols, showErrors } from './forms.js';
import { STALE, newest } from './view-kit.js';

/**
 * @param {{
 *   ctx: import('./main.js').ViewContext,
 *   draft: Record<string, any>,
 *   currencySymbol: (code: string) => string,
 *   formatDate: (iso: string) => string,
 *   decision?: () => any,
 *   followCountry?: boolean,
 * }} spec `decision` gives the pending currency decision (Settings); `followCountry`
 *   sets the currency from a newly chosen country (the set-up).
 */
export function profileForm({ ctx, draft, currencySymbol, formatDate, decision = () => null, followCountry = false }) {
  const state = { draft: { ...draft }, touched: new Set() };
  const formCtx = { t: ctx.t, currencySymbol: () => currencySymbol(state.draft.currency) };
  const latest = newest();

  /** The core's check of the draft as it stands; `STALE` when a newer check was asked for. */
  const check = () => latest(ctx.bridge.checkProfile(state.draft, decision()));

  /** Refusals beside their fields: those she touched, and `extra` (a whole step on Next). */
  const show = (form, errors, extra = []) => showErrors(form, errors, new Set([...state.touched, ...extra]), formCtx, formatDate);

  /** Reads what she typed; `onChecked` gets each newest check, a moment after she stops. */
  const listen = (form, onChecked) => {
    const live = debounce(async () => {
      try {
        const result = await check();
        if (result !== STALE) onChecked(result);
      } catch {
        // The next keystroke, Next or Save reports it.
      }
    }, 150);
    form.addEventListener('input', (event) => {
      state.draft = readInto(form, state.draft);
      const field = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('[data-field]'))?.dataset.field;
      if (field) state.touched.add(field);
      const currency = ctx.options.default_currency[state.draft.country];
      if (followCountry && field === 'country' && currency) {
        state.draft.currency = currency;
        /** @type {HTMLSelectElement} */ (form.querySelector('#field-currency')).value = currency;
      }
      refreshCurrencySymbols(form, formCtx.currencySymbol());
      live();
    });
  };

  return { state, formCtx, check, show, listen, read: (form) => { state.draft = readInto(form, state.draft); return state.draft; } };
}
