// The total-pay panel: the figure the calculators will use, how it is made,
// and what a day-shift role would drop. One live region that stays in place
// while its text changes, so screen readers announce each new total.

import { h, replaceChildren } from './dom.js';
import { formatMoney } from './format.js';

/**
 * @param {import('./i18n.js').Translate} t
 * @returns {{element: HTMLElement, update: (summary: import('./protocol.js').ProfileSummary|null) => void}}
 */
export function payTotalPanel(t) {
  const figure = h('div', { 'aria-live': 'polite', 'aria-atomic': 'true' });
  const element = h('div', { class: 'pay-total', id: 'pay-total' },
    h('p', { class: 'pay-total-label' }, t('pay.total')),
    figure,
    h('p', { class: 'field-hint' }, t('pay.total_formula')));
  const update = (summary) => {
    const currency = summary?.profile.currency;
    const total = summary?.total_monthly_pay_minor;
    const drop = summary?.day_shift_drop_minor ?? 0;
    replaceChildren(figure,
      total == null
        ? h('p', { class: 'muted' }, t('pay.total_waiting'))
        : h('p', { class: 'pay-total-amount', id: 'pay-total-amount' }, formatMoney(total, currency)),
      drop > 0 ? h('p', { class: 'notice' }, t('pay.day_shift_drop', { amount: formatMoney(drop, currency) })) : '');
  };
  update(null);
  return { element, update };
}
