// Exchange rates in Settings: the catalog's sourced rate, and the user's own
// when they give one (used everywhere from then on, and resettable).

import { h, replaceChildren } from './dom.js';
import { describeError } from './errors.js';
import { sourceBadge } from './provenance.js';

/** @param {import('./main.js').ViewContext} ctx */
export function ratesCard(ctx) {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'muted' }, t('data.loading')));
  const card = h('section', { class: 'card', id: 'rates', 'aria-labelledby': 'rates-title' },
    h('h2', { id: 'rates-title' }, t('rates.title')),
    h('p', {}, t('rates.text')),
    body);
  const draw = (rates) => replaceChildren(body, ...rates.map((rate) => rateRow(rate, ctx, draw)));
  ctx.bridge.exchangeRates().then(draw, (error) => replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t))));
  return card;
}

function rateRow(rate, ctx, redraw) {
  const { t } = ctx;
  const id = `rate-${rate.from}-${rate.to}`;
  const input = h('input', { id, type: 'text', inputmode: 'decimal', value: rate.rate, 'aria-describedby': `${id}-source ${id}-error` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' });
  const save = async () => {
    try {
      redraw(await ctx.bridge.setExchangeRate(rate.from, rate.to, input.value));
      ctx.toast(t('rates.saved', { from: rate.from, to: rate.to }));
    } catch (failure) {
      error.textContent = describeError(failure, t);
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    }
  };
  const reset = async () => {
    try {
      redraw(await ctx.bridge.resetUserFigure(rate.user.id));
      ctx.toast(t('rates.reset_done', { from: rate.from, to: rate.to }));
    } catch (failure) {
      ctx.toast(describeError(failure, t), { kind: 'error' });
    }
  };
  input.addEventListener('keydown', (event) => { if (event.key === 'Enter') save(); });
  const lines = [h('p', { class: 'field-hint', id: `${id}-source` }, sourceBadge(rate.provenance, ctx))];
  if (rate.user && rate.catalog) {
    lines.push(h('p', { class: 'field-hint' }, t('rates.catalog_figure', { rate: rate.catalog.rate }), ' ', sourceBadge(rate.catalog.provenance, ctx)));
  }
  if (rate.orphaned) lines.push(h('p', { class: 'notice' }, t('rates.orphaned')));
  return h('div', { class: 'field rate-row', 'data-rate': `${rate.from}-${rate.to}` },
    h('label', { for: id }, t('rates.label', { from: rate.from, to: rate.to })),
    h('div', { class: 'button-row' }, input,
      h('button', { type: 'button', class: 'button secondary', onclick: save }, t('rates.save')),
      rate.user ? h('button', { type: 'button', class: 'button quiet', onclick: reset }, t('rates.reset')) : null),
    error, ...lines);
}
