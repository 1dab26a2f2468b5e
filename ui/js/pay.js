// The total-pay panel: the figure the calculators will use, how it is made,
// and what a day-shift role would drop. Shown live in the set-up and Settings.

import { h } from './dom.js';
import { formatMoney } from './format.js';

/**
 * @param {import('./bridge.js').ProfileSummary|null} summary
 * @param {import('./i18n.js').Translate} t
 */
export function payTotal(summary, t) {
  const currency = summary?.profile.currency;
  const total = summary?.total_monthly_pay_minor;
  const drop = summary?.day_shift_drop_minor ?? 0;
  return h('div', { class: 'pay-total', id: 'pay-total', 'aria-live': 'polite' },
    h('p', { class: 'pay-total-label' }, t('pay.total')),
    total == null
      ? h('p', { class: 'muted' }, t('pay.total_waiting'))
      : h('p', { class: 'pay-total-amount', id: 'pay-total-amount' }, formatMoney(total, currency)),
    h('p', { class: 'field-hint' }, t('pay.total_formula')),
    drop > 0 ? h('p', { class: 'notice' }, t('pay.day_shift_drop', { amount: formatMoney(drop, currency) })) : null);
}
