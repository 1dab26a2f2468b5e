// Costs & ROI: the user's money story. Inputs are prefilled from the profile
// and the active plan (each outside figure with its source) and every field
// can be changed; the summary and the core's three charts follow as the user
// types.

import { h, replaceChildren, svgFromText } from '../dom.js';
import { describeError } from '../errors.js';
import { debounce } from '../forms.js';
import { formatMoney, minorUnits } from '../format.js';
import { GROUPS, getPath, placeOf, summary } from '../money-model.js';
import { certChoiceCard } from '../cert-choice.js';
import { sourceBadge } from '../provenance.js';
import { routesCard } from '../routes-card.js';
import { STALE, keepPlace, newest } from '../view-kit.js';

/** The three answers to "when do you leave your job?", as the profile stores them. */
export const SEARCH_PLANS = ['keeps_job', 'leaves_to_search', 'leaves_to_study'];

/** The other answer the story's sentence offers in one click. @param {string} plan */
export const otherSearchPlan = (plan) => (plan === 'keeps_job' ? 'leaves_to_search' : 'keeps_job');

const CATEGORIES = ['exam', 'retakes', 'training', 'labs', 'renewals', 'study', 'one_off', 'bond', 'sponsored'];

/** The words the core's charts draw, from the message catalog. */
function chartWords(t) {
  return {
    cumulative_title: t('money.chart.cumulative'),
    breakdown_title: t('money.chart.breakdown'),
    histogram_title: t('money.chart.histogram'),
    staying: t('money.chart.staying'),
    switching: t('money.chart.switching'),
    payback: t('money.chart.payback'),
    half: t('money.chart.half'),
    range: t('money.chart.range'),
    range_open: t('money.chart.range_open'),
    dip: t('money.chart.dip'),
    month: t('money.chart.month'),
    none: t('money.chart.none'),
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, t(`money.category.${c}`)])),
  };
}

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const body = h('div', { id: 'money-body' }, h('p', { class: 'muted' }, t('data.loading')));
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('money.title')), h('p', { class: 'lead' }, t('money.lead')), body);
  const redraw = () => keepPlace(() => render(container, ctx));
  Promise.all([ctx.bridge.moneyPrefill(), ctx.bridge.exploreCatalog(), ctx.bridge.routeOffers(), ctx.bridge.certificationChoice(null)]).then(
    ([prefill, data, offers, choice]) => {
      const here = { ...ctx, catalog: data.catalog, redraw };
      replaceChildren(body, ...page(prefill, here), certChoiceCard(choice, here, { id: 'plan-certs' }), routesCard(offers, here));
      noteDefaultOnce(prefill, here);
    },
    (error) => replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t))));
  return {};
}

function page(prefill, ctx) {
  const { t } = ctx;
  const currency = prefill.currency;
  const money = (minor) => formatMoney(minor, currency);
  const number = (n) => new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(n);
  /** @type {Record<string, string>} */
  const typed = {};
  /** The cumulative chart's view, kept while she edits: the first months, or the whole horizon. */
  const view = { whole: false };
  const status = h('p', { class: 'form-status', id: 'money-status', 'aria-live': 'polite' });
  const summaryBox = h('section', { class: 'card money-summary', id: 'money-summary', 'aria-labelledby': 'money-summary-title', 'aria-live': 'polite' },
    h('h2', { id: 'money-summary-title' }, t('money.summary.title')));
  const charts = h('div', { class: 'money-charts', id: 'money-charts' });
  const fundBox = h('section', { class: 'card fund', id: 'fund', 'aria-labelledby': 'fund-title', 'aria-live': 'polite' },
    h('h2', { id: 'fund-title' }, t('money.fund.title')));
  const form = h('form', { class: 'money-form', id: 'money-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    ...GROUPS.map((group) => fieldGroup(group, prefill, ctx, typed)),
    certificationsGroup(prefill, ctx, typed));
  const latestStory = newest();
  const run = async () => {
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('.field-error'))) el.hidden = true;
    for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.setAttribute('aria-invalid', 'false');
    try {
      const story = await latestStory(ctx.bridge.moneyStory(prefill.input, typed, chartWords(t)));
      if (story === STALE) return; // a newer edit's story is on its way
      status.textContent = '';
      const lines = summary(story, money, number);
      const missing = prefill.missing.length ? [h('p', { class: 'muted', id: 'money-missing' }, prefill.missing.map((m) => t(`money.missing.${m}`)).join(' '))] : [];
      replaceChildren(summaryBox, h('h2', { id: 'money-summary-title' }, t('money.summary.title')),
        ...lines.filter((line) => !line.key.startsWith('money.summary.fund_')).map((line) => summaryLine(line, prefill, ctx)), ...missing);
      fillFund(fundBox, story, lines, prefill, ctx);
      replaceChildren(charts,
        cumulativeChart(story, cumulativeText(lines, t), view, t),
        chart('breakdown', story.charts.breakdown, t('money.chart.breakdown'), breakdownText(story, money, t), t),
        chart('histogram', story.charts.histogram, t('money.chart.histogram'), histogramText(story, t), t));
    } catch (error) {
      const path = placeOf(error.field);
      const label = () => form.querySelector(`label[for="${CSS.escape(`money-${(path ?? '').replace(/\./g, '-')}`)}"]`)?.textContent ?? null;
      const words = error.params?.rule ? describeError(error, t, label) : error.message;
      if (path && showFieldError(form, path, words)) status.textContent = t('money.fix_fields');
      else status.textContent = describeError(error, t);
    }
  };
  const later = debounce(run, 250);
  form.addEventListener('input', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.dataset.path) typed[input.dataset.path] = input.value;
    later();
  });
  run();
  return [summaryBox, h('div', { class: 'money-pair' }, searchCard(prefill, ctx), fundBox),
    h('div', { class: 'money-layout' }, h('section', { 'aria-label': t('money.inputs') }, form, status), charts)];
}

/** A sentence of the story; the one that says when she leaves her job offers the other answer in one click. */
function summaryLine(line, prefill, ctx) {
  const { t } = ctx;
  const text = t(line.key, line.values);
  if (!line.key.startsWith('money.summary.leaves.') || !prefill.search?.employed) return h('p', {}, text);
  const other = otherSearchPlan(prefill.search.plan);
  return h('p', { id: 'money-leaves' }, text, ' ',
    h('button', { type: 'button', class: 'button quiet small', id: 'money-leaves-switch', onclick: () => chooseSearchPlan(other, ctx) },
      t(`money.search.try.${other}`)));
}

async function chooseSearchPlan(plan, ctx) {
  try {
    ctx.profileSaved(await ctx.bridge.setSearchPlan(plan), { stay: true });
  } catch (error) {
    ctx.toast(describeError(error, ctx.t), { kind: 'error' });
  }
}

/**
 * "While you look for the IT job": when she leaves her job, which every
 * figure follows. Not asked of someone not working now.
 */
function searchCard(prefill, ctx) {
  const { t } = ctx;
  const card = h('section', { class: 'card search-choice', id: 'search-choice', 'aria-labelledby': 'search-choice-title' },
    h('h2', { id: 'search-choice-title' }, t('money.search.title')));
  const search = prefill.search;
  if (!search) return card;
  if (!search.employed) {
    card.append(h('p', {}, t('money.search.not_working')));
    return card;
  }
  if (!search.chosen) card.append(h('p', { class: 'notice', id: 'search-default-notice', role: 'status' }, t('money.search.default_notice')));
  card.append(h('fieldset', { class: 'choice-list' }, h('legend', { class: 'visually-hidden' }, t('money.search.title')),
    ...SEARCH_PLANS.map((plan) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'search-plan', id: `search-plan-${plan}`, value: plan, checked: plan === search.plan,
        onchange: () => chooseSearchPlan(plan, ctx) }),
      h('label', { for: `search-plan-${plan}` }, h('strong', {}, t(`search_plan.${plan}`)), h('span', { class: 'field-hint' }, t(`money.search.hint.${plan}`)))))));
  return card;
}

/**
 * A profile saved before the question has the default: the card says so
 * this once, and the default is recorded as hers, so it is not said again.
 */
function noteDefaultOnce(prefill, ctx) {
  const search = prefill.search;
  if (!search || search.chosen || !search.employed) return;
  ctx.bridge.setSearchPlan(search.plan).then((state) => ctx.profileSaved(state, { stay: true, quiet: true }), () => {});
}

/** The emergency fund advised, what she has, and a plain warning when she is short. */
function fillFund(box, story, lines, prefill, ctx) {
  const { t } = ctx;
  const fund = story.roi.emergency_fund;
  const money = (amount) => formatMoney(minorUnits(amount), prefill.currency);
  const line = lines.find((l) => l.key.startsWith('money.summary.fund_'));
  const advice = prefill.fund_advice;
  const short = Number(fund.shortfall) > 0;
  replaceChildren(box,
    h('h2', { id: 'fund-title' }, t('money.fund.title')),
    h('p', { class: 'big-figure', id: 'fund-required' }, money(fund.required)),
    h('p', { class: 'muted' }, t(advice.unpaid_months ? 'money.fund.advice' : 'money.fund.advice_paid',
      { months: advice.months, cushion: advice.cushion_months, unpaid: advice.unpaid_months }),
      ' ', sourceBadge(prefill.sources.emergency_fund_months, ctx)),
    line ? h('p', { class: short ? 'notice' : 'notice success', id: 'fund-gap' }, t(line.key, line.values)) : null,
    h('p', {}, h('a', { href: '#/help/emergency' }, t('money.fund.how'))));
}

function showFieldError(form, path, message) {
  const input = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (!input) return false;
  input.setAttribute('aria-invalid', 'true');
  const error = form.querySelector(`#${input.id}-error`);
  error.textContent = message;
  error.hidden = false;
  return true;
}

/** Where a prefilled field's figure comes from: a badge for an outside figure, words for hers. */
function sourceText(field, prefill, ctx) {
  const { t } = ctx;
  const adjustment = prefill.sources.target_salary_adjustment;
  switch (field.source) {
    case 'salary': return prefill.sources.target_salary
      ? [sourceBadge(prefill.sources.target_salary, ctx), adjustment ? [' ', t('money.source.counted_like_yours'), ' ', sourceBadge(adjustment, ctx)] : null]
      : t('money.source.no_band');
    case 'rate': return prefill.sources.exchange_rate ? sourceBadge(prefill.sources.exchange_rate, ctx) : null;
    case 'plan': return t('money.source.plan');
    case 'profile': return t('money.source.profile');
    default: return null;
  }
}

function fieldGroup(group, prefill, ctx, typed) {
  const { t } = ctx;
  const fields = group.fields.filter((f) => getPath(prefill.input, f.path) !== undefined);
  return h('fieldset', { class: 'form-group money-group' }, h('legend', {}, h('h2', { class: 'group-title' }, t(`money.group.${group.key}`))),
    ...fields.map((field) => numberField(field, prefill, ctx, typed)));
}

function numberField(field, prefill, ctx, typed) {
  const { t } = ctx;
  const id = `money-${field.path.replace(/\./g, '-')}`;
  const unit = t(`money.unit.${field.unit}`, { currency: prefill.currency });
  const source = sourceText(field, prefill, ctx);
  const input = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'data-path': field.path,
    value: String(getPath(prefill.input, field.path)), 'aria-describedby': `${id}-unit ${id}-error${source ? ` ${id}-source` : ''}` });
  typed[field.path] = input.value;
  return h('div', { class: 'field money-field' },
    h('label', { for: id }, t(field.labelKey)),
    h('div', { class: 'input-affix' }, input, h('span', { class: 'affix after', id: `${id}-unit` }, unit)),
    source ? h('p', { class: 'provenance', id: `${id}-source` }, source) : null,
    field.source === 'rate' && prefill.currency !== 'USD' ? saveRateButton(input, prefill.currency, ctx) : null,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' }));
}

/** Keeps the typed rate as the user's own, for every view from then on. */
function saveRateButton(input, currency, ctx) {
  return h('button', { type: 'button', class: 'button quiet small', onclick: async () => {
    try {
      await ctx.bridge.setExchangeRate('USD', currency, input.value.trim());
      ctx.toast(ctx.t('money.rate_saved'));
    } catch (error) {
      ctx.toast(describeError(error, ctx.t), { kind: 'error' });
    }
  } }, ctx.t('money.save_rate'));
}

function certificationsGroup(prefill, ctx, typed) {
  const { t } = ctx;
  const certs = prefill.input.cost?.certifications ?? [];
  if (!certs.length) return h('p', { class: 'muted' }, t('money.no_certs'));
  return h('fieldset', { class: 'form-group money-group' }, h('legend', {}, h('h2', { class: 'group-title' }, t('money.group.exams'))),
    h('p', { class: 'group-intro' }, t('money.exams_intro')),
    ...certs.map((cert, i) => {
      const fee = prefill.sources.exam_fees.find(([id]) => id === cert.id);
      const field = { path: `cost.certifications.${i}.exam_month`, labelKey: 'money.field.exam_month', unit: 'month' };
      const node = numberField(field, prefill, ctx, typed);
      const name = ctx.catalog.certifications.find((c) => c.id === cert.id)?.name ?? cert.id;
      node.querySelector('label').textContent = t('money.field.exam_month', { cert: name });
      if (fee) node.append(h('p', { class: 'provenance' }, t('money.source.fee'), ' ', sourceBadge(fee[1], ctx)));
      node.append(trainingChoice(i, cert, ctx, typed));
      return node;
    }));
}

/**
 * A training option from the catalog for one certification: a one-off price
 * is its training cost, a monthly subscription is paid each month up to the
 * exam, a yearly one is paid once.
 */
function trainingChoice(index, cert, ctx, typed) {
  const { t } = ctx;
  const options = ctx.catalog.training.filter((o) => o.price_usd?.amount != null);
  const id = `money-training-${index}`;
  const source = h('p', { class: 'provenance', id: `${id}-source` });
  const select = h('select', { id, 'aria-describedby': `${id}-source`, onchange: () => {
    const option = options.find((o) => o.id === select.value);
    const at = `cost.certifications.${index}`;
    const price = option ? String(option.price_usd.amount) : '0';
    const monthly = option?.billing === 'monthly';
    typed[`${at}.training_usd`] = monthly ? '0' : price;
    typed[`${at}.lab_monthly_usd`] = monthly ? price : '0';
    typed[`${at}.lab_months`] = monthly ? String(cert.exam_month) : '0';
    source.replaceChildren(...(option ? [sourceBadge(option.provenance, ctx)] : []));
    select.closest('form').dispatchEvent(new Event('input', { bubbles: true }));
  } },
  h('option', { value: '' }, t('money.training.none')),
  ...options.map((o) => h('option', { value: o.id }, t(`money.training.${o.billing}`, { name: o.name, price: formatMoney(minorUnits(o.price_usd.amount), 'USD') }))));
  return h('div', { class: 'field' }, h('label', { for: id }, t('money.training.label')), select, source);
}

/**
 * The cumulative chart, opening on the first months when the core drew
 * them apart (the dip is visible there), with the whole horizon one click away.
 */
function cumulativeChart(story, caption, view, t) {
  const { cumulative, cumulative_first: first, first_months: months } = story.charts;
  if (!first) return chart('cumulative', cumulative, t('money.chart.cumulative'), caption, t);
  const figure = chart('cumulative', view.whole ? cumulative : first, t('money.chart.cumulative'), caption, t);
  const horizon = story.roi.months.length;
  const choose = (whole) => {
    view.whole = whole;
    figure.querySelector('svg')?.replaceWith(svgFromText(whole ? cumulative : first));
    for (const button of figure.querySelectorAll('.chart-zoom button')) button.setAttribute('aria-pressed', String(button.getAttribute('data-whole') === String(whole)));
  };
  const button = (whole, label) => h('button', { type: 'button', class: 'button quiet small', 'data-whole': String(whole), 'aria-pressed': String(view.whole === whole), onclick: () => choose(whole) }, label);
  figure.prepend(h('div', { class: 'chart-zoom', role: 'group', 'aria-label': t('money.chart.zoom') },
    button(false, t('money.chart.first_months', { months })), button(true, t('money.chart.all_months', { months: horizon }))));
  return figure;
}

/**
 * A share of trials in words, never rounded to a certainty it is not: 49
 * of 10,000 never paying back is "more than 99%", not "100%".
 * @param {number} fraction 0 to 1
 * @returns {string} e.g. "73", "more than 99", "less than 1"
 */
export function honestPercent(fraction, t) {
  if (fraction > 0.99 && fraction < 1) return t('money.chart.more_than', { pct: 99 });
  if (fraction > 0 && fraction < 0.01) return t('money.chart.less_than', { pct: 1 });
  return String(Math.round(fraction * 100));
}

function chart(name, svgText, title, text, t) {
  const figure = h('figure', { class: `card chart-card chart-${name}`, id: `chart-${name}` });
  try {
    figure.append(svgFromText(svgText));
  } catch (error) {
    figure.append(h('p', { class: 'notice error' }, describeError(error, t)));
  }
  figure.append(h('figcaption', {}, h('strong', {}, title), ' ', h('span', { class: 'muted' }, text)));
  return figure;
}

/** The cumulative chart's caption: the sentences that say what it draws (spending, payback, the dip). */
export function cumulativeText(lines, t) {
  const drawn = (key) => key === 'money.summary.spend' || key.startsWith('money.summary.payback') || key === 'money.summary.no_payback'
    || key === 'money.summary.dip';
  return lines.filter((l) => drawn(l.key)).map((l) => t(l.key, l.values)).join(' ');
}

/** The breakdown's caption: the very categories and amounts the chart draws (the core's list). */
function breakdownText(story, money, t) {
  return story.categories.map(([key, minor]) => `${t(`money.category.${key}`)}: ${money(minor)}`).join('; ');
}

function histogramText(story, t) {
  const s = story.simulation;
  return t('money.chart.histogram_text', { trials: s.trials, share: honestPercent(s.payback_within_horizon, t), certified: honestPercent(s.all_certified, t) });
}
