// Public training routes (TESDA, DICT, the Tulong-Trabaho Act, NPTEL,
// FutureSkills Prime, PMKVY) for Costs & ROI: each with its cost to her, what
// of her plan it serves, and her standing by its rules, read by the core;
// the cheapest she can take is one click away, and choosing one puts its fee
// in the money story. A fee the programme does not publish can be her own.

import { h } from './dom.js';
import { describeError } from './errors.js';
import { formatMoney } from './format.js';
import { sourceBadge } from './provenance.js';

/**
 * @param {import('./protocol').RouteOffers} offers
 * @param {import('./main.js').ViewContext & {redraw: () => void}} ctx
 */
export function routesCard(offers, ctx) {
  const { t } = ctx;
  const cheapest = offers.offers.find((o) => o.route.id === offers.cheapest);
  const choose = (id) => async () => {
    try {
      await ctx.bridge.chooseRoute(id);
      ctx.toast(id ? t('routes.chosen', { name: offers.offers.find((o) => o.route.id === id)?.route.name ?? id }) : t('routes.cleared'));
      ctx.redraw();
    } catch (failure) {
      ctx.toast(describeError(failure, t), { kind: 'error' });
    }
  };
  return h('section', { class: 'card routes-card', id: 'routes', 'aria-labelledby': 'routes-title' },
    h('h2', { id: 'routes-title' }, t('routes.title')),
    h('p', {}, offers.offers.length ? t('routes.intro') : t('routes.none')),
    cheapest && offers.chosen !== cheapest.route.id
      ? h('p', {}, h('button', { type: 'button', class: 'button', id: 'routes-cheapest', onclick: choose(cheapest.route.id) },
        t('routes.use_cheapest', { name: cheapest.route.name, cost: costWords(cheapest, t) })))
      : null,
    h('ul', { class: 'route-list' }, ...offers.offers.map((offer) => h('li', {}, routeItem(offer, offers, choose, ctx)))));
}

/** @param {import('./protocol').RouteOffer} offer @param {import('./i18n.js').Translate} t */
export function costWords(offer, t) {
  if (offer.cost_minor == null) return t('routes.cost.none');
  if (offer.route.cost.kind === 'subsidy') return t('routes.cost.subsidy', { percent: offer.route.cost.percent ?? 0, cap: formatMoney(Math.round(Number(offer.route.cost.amount) * 100), offer.route.cost.currency ?? offer.currency) });
  return offer.cost_minor === 0 ? t('routes.cost.free') : formatMoney(offer.cost_minor, offer.currency);
}

/** One route: what it is, what it costs her, what of her plan it serves, and whether she may take it. */
function routeItem(offer, offers, choose, ctx) {
  const { t } = ctx;
  const { route } = offer;
  const chosen = offers.chosen === route.id;
  const names = (ids) => ids.map((id) => ctx.catalog.certifications.find((c) => c.id === id)?.name
    ?? ctx.catalog.skills.find((s) => s.id === id)?.name ?? id).join(', ');
  return h('article', { class: `route route-${offer.standing}${chosen ? ' route-chosen' : ''}`, 'data-route': route.id, 'aria-labelledby': `route-${route.id}` },
    h('h3', { id: `route-${route.id}` }, route.name, chosen ? h('span', { class: 'badge badge-sourced route-chosen-mark' }, t('routes.chosen_mark')) : null),
    h('p', { class: 'muted' }, route.operator, ' · ', t(`routes.standing.${offer.standing}`)),
    h('p', {}, route.summary),
    h('p', {}, h('strong', {}, t('routes.cost_label')), ' ', costWords(offer, t), ' ', h('span', { class: 'muted' }, `(${route.cost.covers})`), ' ',
      route.cost.provenance ? sourceBadge(route.cost.provenance, ctx) : null),
    offer.cost_minor == null ? feeCorrection(route, ctx) : null,
    offer.serves.length ? h('p', {}, h('strong', {}, t('routes.serves')), ' ', names(offer.serves)) : h('p', { class: 'muted' }, t('routes.serves_none')),
    route.leads_to.credential ? h('p', {}, h('strong', {}, t('routes.leads_to')), ' ', route.leads_to.credential) : null,
    route.eligibility.length
      ? h('ul', { class: 'route-rules', 'aria-label': t('routes.rules') }, ...route.eligibility.map((rule, i) => ruleItem(rule, offer.outcomes[i], ctx)))
      : h('p', { class: 'muted' }, t('routes.open_to_all')),
    h('p', {}, h('strong', {}, t('routes.apply')), ' ', route.apply, ' ', sourceBadge(route.provenance, ctx)),
    h('div', { class: 'button-row' }, chosen
      ? h('button', { type: 'button', class: 'button secondary', onclick: choose(null) }, t('routes.stop_using'))
      : h('button', { type: 'button', class: 'button secondary', disabled: offer.standing === 'not_eligible', onclick: choose(route.id) }, t('routes.use'))));
}

/** @param {import('./protocol').EligibilityRule} rule @param {import('./protocol').RuleOutcome} outcome */
function ruleItem(rule, outcome, ctx) {
  const { t } = ctx;
  const said = outcome.outcome === 'unknown'
    ? t('routes.outcome.unknown', { field: t(`routes.field.${outcome.field}`) })
    : t(`routes.outcome.${outcome.outcome}`);
  return h('li', { class: `rule rule-${outcome.outcome}` }, h('span', { class: 'rule-outcome' }, said), ' ', rule.words, ' ', sourceBadge(rule.provenance, ctx));
}

/** A fee the programme does not publish: hers to enter, as the catalog's own figures are. */
function feeCorrection(route, ctx) {
  const { t } = ctx;
  const id = `route-fee-${route.id}`;
  const input = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': `${id}-error` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' });
  const save = async () => {
    try {
      await ctx.bridge.setUserFigure(`route_fee:${route.id}`, input.value.trim());
      ctx.toast(t('explore.figure_saved'));
      ctx.redraw();
    } catch (failure) {
      error.textContent = describeError(failure, t);
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    }
  };
  return h('details', { class: 'correction' }, h('summary', {}, t('routes.enter_fee')),
    h('div', { class: 'correction-fields' },
      h('div', { class: 'field' }, h('label', { for: id }, t('routes.fee_label')), input),
      h('button', { type: 'button', class: 'button secondary', onclick: save }, t('explore.use_my_figure'))),
    error);
}
