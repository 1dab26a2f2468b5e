// "Which certification first": the core's candidates side by side (cost to
// her, preparation at her pace, the jobs that ask for it with their pay
// where she lives, and her plan's payback with it alone), with the verdict
// in one sentence. Costs & ROI shows it for her plan, Explore's Compare for
// the certifications she compares: the same card from the same core value.

import { h } from './dom.js';
import { routeTo, payText } from './explore-model.js';
import { formatMoney } from './format.js';
import { sourceBadge } from './provenance.js';

/**
 * The candidates in the order the card shows them: the rule's ranking first,
 * then those whose payback could not be figured, in the order given.
 * @param {import('./protocol.js').CertificationChoice} choice
 */
export function shownOrder(choice) {
  const rest = choice.candidates.map((_, i) => i).filter((i) => !choice.ranking.includes(i));
  return [...choice.ranking, ...rest].map((i) => choice.candidates[i]);
}

/**
 * The core's sentence with its figures in words (money in her currency).
 * @param {{key: string, values: Record<string, {kind: string, value: any}>}} line
 * @param {import('./protocol.js').Currency} currency
 * @param {(n: number) => string} number
 */
export function sentenceValues(line, currency, number) {
  return Object.fromEntries(Object.entries(line.values).map(([name, figure]) => [name,
    figure.kind === 'money' ? formatMoney(figure.value, currency) : figure.kind === 'text' ? figure.value : number(figure.value)]));
}

/**
 * When the rule's first choice is not one her target role asks for while
 * another candidate is: the payback assumes she is hired without it, and
 * the card says so beside the verdict.
 * @param {import('./protocol.js').CertificationChoice} choice
 * @returns {{name: string, role: string, asked: string} | null}
 */
export function targetCaution(choice) {
  const verdict = choice.verdict;
  if (!verdict || verdict.kind !== 'first') return null;
  const first = choice.candidates.find((c) => c.id === verdict.id);
  const asked = choice.candidates.find((c) => c.roles.some((r) => r.target));
  if (!first || !asked || first.roles.some((r) => r.target)) return null;
  return { name: first.name, role: asked.roles.find((r) => r.target).title, asked: asked.name };
}

/**
 * @param {import('./protocol.js').CertificationChoice} choice
 * @param {any} ctx the view's context (t, locale, catalog)
 * @param {{id: string}} options
 */
export function certChoiceCard(choice, ctx, { id }) {
  const { t } = ctx;
  const money = (minor) => formatMoney(minor, choice.currency);
  const number = (n) => new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(n);
  const shown = shownOrder(choice);
  const card = h('section', { class: 'card cert-choice', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, t('certs.title')),
    h('p', { class: 'muted' }, t('certs.lead')));
  if (!shown.length) {
    card.append(h('p', { class: 'empty-state' }, t('certs.none')));
    return card;
  }
  if (choice.sentence) {
    card.append(h('p', { class: 'notice success verdict', id: `${id}-verdict` }, h('strong', {}, t(choice.sentence.key, sentenceValues(choice.sentence, choice.currency, number)))));
  }
  const caution = targetCaution(choice);
  if (caution) card.append(h('p', { class: 'notice', id: `${id}-caution` }, t('certs.target_caution', caution)));
  for (const missing of choice.missing) card.append(h('p', { class: 'notice' }, t(`certs.missing.${missing}`)));
  const row = (labelKey, cell) => h('tr', {}, h('th', { scope: 'row' }, t(labelKey)), ...shown.map((c) => h('td', {}, cell(c))));
  card.append(h('div', { class: 'table-scroll' }, h('table', { class: 'table cert-choice-table', id: `${id}-table` },
    h('thead', {}, h('tr', {}, h('td', {}), ...shown.map((c) => h('th', { scope: 'col' },
      h('a', { href: routeTo('cert', c.id) }, c.name),
      c.in_plan ? null : h('span', { class: 'tag' }, t('certs.not_in_plan')))))),
    h('tbody', {},
      row('certs.payback', (c) => paybackText(c, choice, t, number)),
      row('certs.npv', (c) => (c.npv_minor == null ? t('provenance.none') : money(c.npv_minor))),
      row('certs.cost', (c) => costCell(c, money, ctx)),
      row('certs.renewals', (c) => (c.cost ? money(c.cost.renewals_minor) : t('provenance.none'))),
      row('certs.prep', (c) => prepCell(c, choice, ctx)),
      row('certs.roles', (c) => rolesCell(c, ctx))))));
  card.append(h('p', { class: 'field-hint' }, t('certs.rule', { horizon: choice.horizon_months })));
  return card;
}

function paybackText(candidate, choice, t, number) {
  if (!candidate.figured) return candidate.problem ?? t('provenance.none');
  return candidate.payback_month == null
    ? t('certs.payback_never', { horizon: choice.horizon_months })
    : t('certs.payback_month', { month: number(candidate.payback_month) });
}

function costCell(candidate, money, ctx) {
  const { t } = ctx;
  const cost = candidate.cost;
  if (!cost) return candidate.problem ?? t('provenance.none');
  const part = (key, minor) => (minor ? h('li', {}, t(key, { amount: money(minor) })) : null);
  return [
    h('strong', {}, money(cost.total_minor)),
    h('ul', { class: 'cost-parts' },
      part('certs.part.first', cost.first_attempts_minor),
      part('certs.part.retakes', cost.retakes_expected_minor),
      cost.training_minor ? part('certs.part.training', cost.training_minor) : h('li', {}, t('certs.part.no_training')),
      part('certs.part.sponsored', cost.sponsored_minor)),
    candidate.fee_provenance ? h('p', { class: 'provenance' }, t('certs.fee_source'), ' ', sourceBadge(candidate.fee_provenance, ctx)) : null,
  ];
}

function prepCell(candidate, choice, ctx) {
  const { t } = ctx;
  const hours = candidate.prep_hours;
  if (!hours) return t('provenance.none');
  const weeks = candidate.prep_weeks;
  return [
    t('certs.hours', { low: hours.low, high: hours.high }),
    weeks ? h('p', {}, t(weeks[0] === weeks[1] ? 'certs.weeks_one' : 'certs.weeks', { low: weeks[0], high: weeks[1], hours: choice.hours_per_week })) : h('p', { class: 'muted' }, t('certs.weeks_unknown')),
    h('p', { class: 'provenance' }, sourceBadge(hours.provenance, ctx)),
  ];
}

function rolesCell(candidate, ctx) {
  const { t } = ctx;
  if (!candidate.roles.length) return t('explore.none');
  return h('ul', { class: 'opened-roles' }, ...candidate.roles.map((role) => h('li', {},
    h('a', { href: routeTo('role', role.id) }, role.title),
    role.target ? h('span', { class: 'tag' }, t('certs.your_target')) : null,
    role.pay
      ? h('span', { class: 'role-pay' }, ' ', payText(role.pay, (minor) => formatMoney(minor, role.pay.currency), t), ' ', sourceBadge(role.pay.provenance, ctx))
      : h('span', { class: 'muted' }, ' ', t('certs.no_pay')))));
}
