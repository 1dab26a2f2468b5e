// Help: keyboard shortcuts, where the data lives and how to back it up,
// privacy, how each figure is worked out, and the sources of outside figures.

import { dataCard } from '../data-card.js';
import { TERMS } from '../glossary.js';
import { h, replaceChildren } from '../dom.js';
import { SHORTCUTS, modifierName } from '../shortcuts.js';
import { asOfWords, sourceWords } from '../provenance.js';
import { describeError } from '../errors.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const section = (id, titleKey, ...body) => h('section', { class: 'help-section', id: `help-${id}`, 'aria-labelledby': `help-${id}-title` },
    h('h2', { id: `help-${id}-title` }, t(titleKey)), ...body);
  const keys = (list) => list.map((k) => (k === 'Mod' ? modifierName(ctx.isMac) : k))
    .flatMap((k, i) => (i === 0 ? [h('kbd', {}, k)] : ['+', h('kbd', {}, k)]));

  const rows = [
    ...SHORTCUTS.map((s) => [keys(s.keys), t(s.labelKey)]),
    [[h('kbd', {}, 'Tab')], t('help.shortcut.tab')],
    [[h('kbd', {}, '←'), ' ', h('kbd', {}, '→'), ' ', h('kbd', {}, '↑'), ' ', h('kbd', {}, '↓')], t('help.shortcut.arrows')],
  ];
  const sourcesList = h('div', { id: 'sources-list' }, h('p', { class: 'muted' }, t('data.loading')));
  // The terms in words for someone with no IT or finance background, then the catalog's domains.
  const glossary = h('dl', { class: 'glossary no-terms', id: 'glossary' },
    ...TERMS.flatMap(({ id }) => [h('dt', { id: `help-glossary-${id}` }, t(`glossary.${id}.term`)), h('dd', {}, t(`glossary.${id}.text`))]));
  ctx.bridge.exploreCatalog().then((data) => glossary.append(...data.catalog.domains.flatMap((d) =>
    [h('dt', { id: `help-glossary-domain-${d.id}` }, d.name), h('dd', {}, d.summary)])), () => {});
  const shortcuts = h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('help.shortcuts.key')), h('th', { scope: 'col' }, t('help.shortcuts.action')))),
    h('tbody', {}, ...rows.map(([k, action]) => h('tr', {}, h('td', {}, ...k), h('td', {}, action)))));

  replaceChildren(container,
    h('h1', { tabindex: '-1' }, t('help.title')),
    h('p', { class: 'lead' }, t('help.lead')),
    section('shortcuts', 'help.shortcuts', shortcuts),
    section('data', 'help.data', dataCard(ctx), h('p', {}, t('help.data.backup'))),
    section('privacy', 'help.privacy', h('p', {}, t('help.privacy.text'))),
    section('paper', 'help.paper', h('p', {}, t('help.paper.print')), h('p', {}, t('help.paper.pdf')), h('p', {}, t('help.paper.reminder'))),
    section('figures', 'help.figures',
      h('h3', {}, t('help.figures.total_pay')),
      h('p', {}, t('pay.total_formula')),
      h('p', { class: 'muted' }, t('help.figures.gross')),
      h('h3', {}, t('help.figures.day_shift')),
      h('p', {}, t('help.figures.day_shift_text')),
      h('h3', {}, t('help.figures.roi')),
      h('p', {}, t('help.figures.roi_model')),
      h('p', {}, t('help.figures.payback')),
      h('p', {}, t('help.figures.npv')),
      h('h3', { id: 'help-search' }, t('help.figures.search')),
      h('p', {}, t('help.figures.search_text')),
      h('h3', { id: 'help-emergency' }, t('help.figures.emergency_title')),
      h('p', {}, t('help.figures.emergency')),
      h('p', {}, t('help.figures.emergency_rule')),
      h('p', { class: 'muted' }, t('help.figures.emergency_sources')),
      h('p', { class: 'muted' }, t('help.figures.rounding')),
      h('h3', {}, t('help.figures.cost')),
      h('p', {}, t('help.figures.cost_model')),
      h('h3', { id: 'help-which-first' }, t('help.figures.which_first')),
      h('p', {}, t('help.figures.which_first_text')),
      h('p', {}, t('help.figures.which_first_rule')),
      h('h3', { id: 'help-fit' }, t('help.figures.fit')),
      h('p', {}, t('help.figures.fit_formula')),
      h('p', {}, t('help.figures.fit_why')),
      h('h3', {}, t('help.figures.gap')),
      h('p', {}, t('help.figures.gap_text')),
      h('h3', {}, t('help.figures.ranges')),
      h('p', {}, t('help.figures.ranges_text')),
      h('h3', { id: 'help-pay-basis' }, t('help.figures.pay_basis')),
      h('p', {}, t('help.figures.pay_basis_text')),
      h('p', {}, t('help.figures.pay_basis_rules')),
      h('h3', {}, t('help.figures.plan')),
      h('p', {}, t('help.figures.plan_text')),
      h('p', {}, t('help.figures.plan_estimates'))),
    section('glossary', 'help.glossary', h('p', {}, t('help.glossary.intro')), glossary),
    section('sources', 'help.sources', h('p', {}, t('help.sources.intro')), sourcesList));
  loadSources(sourcesList, ctx);
  // "#/help/emergency" opens Help at that explanation (Costs & ROI links here).
  const anchor = location.hash.split('/')[2];
  const target = anchor ? document.getElementById(`help-${anchor}`) : null;
  if (target) {
    target.setAttribute('tabindex', '-1');
    requestAnimationFrame(() => { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); });
  }
  return {};
}

/** Every outside figure in use, grouped by publisher, then Pathway's estimates. */
async function loadSources(list, ctx) {
  const { t } = ctx;
  try {
    const { publishers, estimates } = await ctx.bridge.sourcesInUse();
    replaceChildren(list,
      h('p', { class: 'muted', id: 'sources-count' }, t('help.sources.count', { publishers: publishers.length, figures: publishers.reduce((n, p) => n + p.figures.length, 0), estimates: estimates.length })),
      ...publishers.map((group) => h('details', { class: 'source-group' },
        h('summary', {}, h('strong', {}, group.publisher), ' ', h('span', { class: 'muted' }, t('help.sources.figures', { count: group.figures.length }))),
        h('ul', {}, ...group.figures.map((figure) => sourceItem(figure, ctx))))),
      estimates.length ? h('details', { class: 'source-group' },
        h('summary', {}, h('strong', {}, t('help.sources.estimates')), ' ', h('span', { class: 'muted' }, t('help.sources.figures', { count: estimates.length }))),
        h('ul', {}, ...estimates.map((figure) => sourceItem(figure, ctx)))) : null);
  } catch (failure) {
    replaceChildren(list, h('p', { class: 'notice error', role: 'alert' }, describeError(failure, t)));
  }
}

/** @param {import('../protocol').OutsideFigure} figure @param {import('../main.js').ViewContext} ctx */
function sourceItem(figure, ctx) {
  const { t } = ctx;
  const p = figure.provenance;
  const what = t(`help.sources.what.${figure.kind}`, { subject: figure.subject, country: figure.country ? t(`country.${figure.country}`) : '' });
  if (p.kind !== 'sourced') return h('li', {}, what, ': ', h('span', { class: 'muted' }, sourceWords(p, t, new Date()).line ?? ''));
  const date = p.undated ? t('help.sources.undated', { date: asOfWords(p.as_of, t) }) : asOfWords(p.as_of, t);
  const kind = p.confidence ? t(`source.kind.${p.confidence}`) : '';
  return h('li', {}, what, ' — ', date, kind ? ` · ${kind}` : '', h('br'),
    ...p.source.split(' ; ').map((address) => h('code', { class: 'source-address' }, address.trim())));
}
