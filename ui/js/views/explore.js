// Explore: the IT landscape. Search (the core's search, as the user types),
// domains and their role ladders, role and certification pages where every
// figure shows its provenance, the user's own figures, choices, and Compare.

import { planHoursText, routeTo as assessRoute } from '../assess-model.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { ladder, parseRoute, payBasisText, payOf, payText, rolesWanting, routeTo } from '../explore-model.js';
import { debounce } from '../forms.js';
import { STALE, keepPlace, newest } from '../view-kit.js';
import { formatMoney, minorUnits } from '../format.js';
import { hoursText } from '../plan-model.js';
import { certChoiceCard } from '../cert-choice.js';
import { sourceBadge } from '../provenance.js';

/** @type {Record<string, import('../protocol.js').Currency>} */
const COUNTRY_CURRENCY = { ph: 'PHP', in: 'INR', us: 'USD' };
const COMPARE_KEY = 'pathway.compare';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const route = parseRoute(location.hash);
  const body = h('div', { id: 'explore-body' }, h('p', { class: 'muted' }, t('data.loading')));
  const search = searchPanel(ctx);
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('explore.title')), h('p', { class: 'lead' }, t('explore.lead')), search.element, body);
  const draw = async () => {
    try {
      const data = await ctx.bridge.exploreCatalog();
      search.setCatalog(data.catalog);
      const page = { home: homePage, domain: domainPage, role: rolePage, cert: certPage, compare: comparePage }[route.page];
      // Pages list optional parts as null: drop them, as h() does.
      replaceChildren(body, ...(await page(route, data, { ...ctx, redraw: () => keepPlace(draw) })));
    } catch (error) {
      replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t)));
    }
  };
  draw();
  return { onAction: (action) => { if (action === 'search') search.focus(); } };
}

// ---- search ----------------------------------------------------------------

function searchPanel(ctx) {
  const { t } = ctx;
  const input = h('input', { id: 'explore-search', type: 'search', 'aria-label': t('explore.search_label'), placeholder: t('explore.search_placeholder'), autocomplete: 'off' });
  const select = (id, labelKey, options, emptyKey = 'explore.any') => h('div', { class: 'filter' },
    h('label', { for: id }, t(labelKey)),
    h('select', { id }, h('option', { value: '' }, t(emptyKey)), ...options.map(([value, text]) => h('option', { value }, text))));
  const number = (id, labelKey) => h('div', { class: 'filter' }, h('label', { for: id }, t(labelKey, { currency: userCurrency(ctx) })), h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off' }));
  const levels = ['foundational', 'associate', 'professional', 'expert', 'entry', 'mid', 'senior'].map((l) => [l, t(`level.${l}`)]);
  const filters = h('div', { class: 'filters' },
    select('filter-domain', 'explore.filter_domain', []),
    select('filter-level', 'explore.filter_level', levels),
    select('filter-vendor', 'explore.filter_vendor', []),
    number('filter-min-price', 'explore.filter_min_price'),
    number('filter-max-price', 'explore.filter_max_price'),
    number('filter-min-hours', 'explore.filter_min_hours'),
    number('filter-max-hours', 'explore.filter_max_hours'),
    select('filter-sort', 'explore.filter_sort', ['cost', 'hours', 'level'].map((s) => [s, t(`explore.sort.${s}`)]), 'explore.sort.relevance'));
  const results = h('ul', { class: 'search-results', id: 'search-results', 'aria-label': t('explore.results') });
  const status = h('p', { class: 'muted', id: 'search-status', 'aria-live': 'polite' });
  const value = (id) => /** @type {HTMLInputElement} */ (filters.querySelector(`#${id}`)).value.trim();
  const query = () => {
    const q = { text: input.value, limit: 20 };
    if (value('filter-domain')) q.domain = value('filter-domain');
    if (value('filter-level')) q.level = value('filter-level');
    if (value('filter-vendor')) q.vendor = value('filter-vendor');
    if (value('filter-sort')) q.sort = value('filter-sort');
    return q;
  };
  /** The number filters as typed; the core reads them and names the one it refuses. */
  // Prices are typed in her currency; the core converts them at her rate.
  const NUMBER_FILTERS = { min_price: 'filter-min-price', max_price: 'filter-max-price', min_hours: 'filter-min-hours', max_hours: 'filter-max-hours' };
  const typedFilters = () => Object.fromEntries(Object.entries(NUMBER_FILTERS).map(([key, id]) => [key, value(id)]).filter(([, text]) => text !== ''));
  const filterLabel = (field) => (NUMBER_FILTERS[field] ? filters.querySelector(`label[for="${NUMBER_FILTERS[field]}"]`)?.textContent ?? null : null);
  const latestSearch = newest();
  const run = debounce(async () => {
    const q = query();
    const typed = typedFilters();
    for (const id of Object.values(NUMBER_FILTERS)) filters.querySelector(`#${id}`).removeAttribute('aria-invalid');
    if (Object.keys(q).length === 2 && !q.text.trim() && !Object.keys(typed).length) {
      replaceChildren(results);
      status.textContent = '';
      status.classList.remove('field-error');
      return;
    }
    try {
      const hits = await latestSearch(ctx.bridge.searchCatalog(q, typed));
      if (hits === STALE) return; // a newer search is on its way
      replaceChildren(results, ...hits.map((hit) => h('li', {},
        h('a', { href: hitHref(hit), class: 'hit', 'data-hit': hit.id },
          h('span', { class: 'hit-title' }, hit.title),
          h('span', { class: 'hit-meta' }, [t(`kind.hit.${hit.kind}`), hit.subtitle, hitCost(hit, t)].filter(Boolean).join(' · '))))));
      status.textContent = t('explore.result_count', { count: hits.length });
      status.classList.remove('field-error');
      results.dataset.query = q.text; // which text these results answer (a test waits for its own)
    } catch (error) {
      status.classList.add('field-error');
      if (error.field && NUMBER_FILTERS[error.field]) filters.querySelector(`#${NUMBER_FILTERS[error.field]}`).setAttribute('aria-invalid', 'true');
      status.textContent = describeError(error, t, filterLabel);
    }
  }, 120);
  input.addEventListener('input', run);
  filters.addEventListener('input', run);
  filters.addEventListener('change', run);
  // Arrows move through the results; Escape returns to the box; Enter opens (a link).
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); results.querySelector('a')?.focus(); }
  });
  results.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll('a')];
    const at = links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
    if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === 'Escape') input.focus();
  });
  const element = h('section', { role: 'search', class: 'card explore-search' }, input, filters, status, results);
  return {
    element,
    focus: () => input.focus(),
    setCatalog(catalog) {
      const fill = (id, options) => {
        const el = /** @type {HTMLSelectElement} */ (filters.querySelector(`#${id}`));
        if (el.options.length > 1) return;
        el.append(...options.map(([v, text]) => h('option', { value: v }, text)));
      };
      fill('filter-domain', catalog.domains.map((d) => [d.id, d.name]));
      fill('filter-vendor', [...new Set(catalog.certifications.map((c) => c.vendor))].sort().map((v) => [v, v]));
    },
  };
}

/** A hit's first attempt in her currency, the US dollars beside it. */
function hitCost(hit, t) {
  if (hit.cost_usd == null) return '';
  const usd = formatMoney(minorUnits(hit.cost_usd), 'USD');
  return hit.cost_local
    ? t('explore.hit_cost_local', { cost: formatMoney(hit.cost_local.minor, hit.cost_local.currency), usd })
    : t('explore.hit_cost', { cost: usd });
}

function hitHref(hit) {
  return { certification: routeTo('cert', hit.id), role: routeTo('role', hit.id), domain: routeTo('domain', hit.id) }[hit.kind]
    ?? routeTo('domain', hit.domains?.[0] ?? '');
}

// ---- shared pieces -----------------------------------------------------------

/** A figure's source: its badge, whose details open on demand. */
function provenanceLine(provenance, ctx) {
  return h('p', { class: 'provenance' }, sourceBadge(provenance, ctx));
}

function userCurrency(ctx) {
  return ctx.profile?.summary.profile.currency ?? 'PHP';
}

/** Amounts from the core are exact decimals with two places; only the display scales them. */
const money = (major, currency) => formatMoney(Math.round(Number(major) * 100), currency);
const usd = (major) => money(major, 'USD');

function rateLine(data, ctx) {
  const currency = userCurrency(ctx);
  const rate = data.rates.find((r) => r.from === 'USD' && r.to === currency);
  if (!rate) return null;
  return h('p', { class: 'provenance' }, ctx.t('explore.rate_line', { rate: rate.rate, currency }), ' ', sourceBadge(rate.provenance, ctx));
}

const back = (t, href, key) => h('p', {}, h('a', { href }, `← ${t(key)}`));

/** Once a target is chosen, the next step: the Roadmap builds the plan for it. */
const buildPlanLink = (t) => h('a', { class: 'button', href: '#/plan', id: 'build-my-plan' }, t('explore.build_plan'));

function compareSet() {
  try {
    return JSON.parse(sessionStorage.getItem(COMPARE_KEY) ?? '[]');
  } catch {
    return [];
  }
}

function saveCompareSet(ids) {
  sessionStorage.setItem(COMPARE_KEY, JSON.stringify(ids.slice(-3)));
}

/** Beside a user's figure: what the catalog itself says there, with its source. */
function catalogBeside(data, figureId, ctx, format = (v) => v) {
  const replaced = data.replaced.find((r) => r.id === figureId);
  if (!replaced) return null;
  const period = replaced.catalog_period ? ` ${ctx.t(`explore.per.${replaced.catalog_period}`)}` : '';
  return h('p', { class: 'provenance catalog-beside' }, replaced.catalog_value == null
    ? ctx.t('explore.catalog_had_none')
    : [ctx.t('explore.catalog_figure', { value: `${format(replaced.catalog_value)}${period}` }), ' ', sourceBadge(replaced.catalog_provenance, ctx)]);
}

/** Beside her own pay figure: what the catalog says, said the same way as every pay figure. */
function catalogPayBeside(data, figureId, ctx) {
  const replaced = data.replaced.find((r) => r.id === figureId);
  if (!replaced) return null;
  const pay = replaced.catalog_pay;
  return h('p', { class: 'provenance catalog-beside' }, pay
    ? [ctx.t('explore.catalog_figure', { value: payText(pay, (minor) => formatMoney(minor, pay.currency), ctx.t) }), ' ', sourceBadge(pay.provenance, ctx)]
    : ctx.t('explore.catalog_had_none'));
}

/** An inline form to enter one's own figure, and to go back to the catalog's. */
function correction(ctx, { id, fields, current, isUser, labelKey }) {
  const { t } = ctx;
  const inputs = fields.map((f, i) => h('input', { id: `${id}-${i}`, type: 'text', inputmode: 'decimal', value: current[i] ?? '', autocomplete: 'off' }));
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  const save = async () => {
    try {
      await ctx.bridge.setUserFigure(id, inputs.map((input) => input.value.trim()).join('/'));
      ctx.toast(t('explore.figure_saved'));
      await ctx.redraw();
    } catch (failure) {
      error.textContent = describeError(failure, t);
      error.hidden = false;
    }
  };
  const reset = async () => {
    try {
      await ctx.bridge.resetUserFigure(id);
      ctx.toast(t('explore.figure_reset'));
      await ctx.redraw();
    } catch (failure) {
      ctx.toast(describeError(failure, t), { kind: 'error' });
    }
  };
  return h('details', { class: 'correction' }, h('summary', {}, t(labelKey)),
    h('div', { class: 'correction-fields' },
      ...fields.map((labelKey2, i) => h('div', { class: 'field' }, h('label', { for: `${id}-${i}` }, t(labelKey2)), inputs[i])),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button secondary', onclick: save }, t('explore.use_my_figure')),
        isUser ? h('button', { type: 'button', class: 'button quiet', onclick: reset }, t('explore.use_catalog_figure')) : null)),
    error);
}

// ---- pages -------------------------------------------------------------------

function homePage(_route, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const target = data.choices.target_role && c.roles.find((r) => r.id === data.choices.target_role);
  const chosen = data.choices.certifications.map((id) => c.certifications.find((x) => x.id === id)).filter(Boolean);
  const choices = h('section', { class: 'card', 'aria-labelledby': 'choices-title' },
    h('h2', { id: 'choices-title' }, t('explore.your_choices')),
    h('p', { id: 'target-role' }, target ? [t('explore.target_is'), ' ', h('a', { href: routeTo('role', target.id) }, target.title)] : t('explore.no_target')),
    target ? h('p', {}, buildPlanLink(t)) : null,
    chosen.length
      ? h('ul', { id: 'chosen-certs' }, ...chosen.map((cert) => h('li', {}, h('a', { href: routeTo('cert', cert.id) }, cert.name))))
      : h('p', { class: 'muted' }, t('explore.no_certs')),
    chosen.length >= 2 ? h('p', {}, h('a', { href: routeTo('compare', chosen.slice(0, 3).map((x) => x.id)) }, t('explore.compare_chosen'))) : null,
    data.orphaned.length ? orphanedList(data, ctx) : null);
  const domains = h('section', { 'aria-labelledby': 'domains-title' },
    h('h2', { id: 'domains-title' }, t('explore.domains')),
    h('div', { class: 'card-grid' }, ...c.domains.map((d) => {
      const first = c.roles.find((r) => r.id === d.first_role);
      return h('article', { class: 'card domain-card' },
        h('h3', {}, h('a', { href: routeTo('domain', d.id) }, d.name)),
        h('p', {}, d.summary),
        first ? h('p', { class: 'muted' }, t('explore.first_role', { role: first.title })) : null);
    })));
  return [choices, domains];
}

/** The user's figures whose catalog entry is gone: kept, listed, and removable. */
function orphanedList(data, ctx) {
  const { t } = ctx;
  return h('div', { class: 'notice', id: 'orphaned' },
    h('p', {}, t('explore.orphaned', { count: data.orphaned.length })),
    h('ul', {}, ...data.orphaned.map((figure) => h('li', {}, h('code', {}, figure.id), ` = ${figure.value} `,
      h('button', { type: 'button', class: 'button quiet small', onclick: async () => {
        try {
          await ctx.bridge.resetUserFigure(figure.id);
          await ctx.redraw();
        } catch (failure) {
          ctx.toast(describeError(failure, t), { kind: 'error' });
        }
      } }, t('explore.forget_figure'))))));
}

/** Her country's pay for a role, as the core composed it, with where it comes from. */
function salarySummary(role, data, ctx) {
  const pay = payOf(data, role.id, data.home);
  if (!pay) return h('p', { class: 'muted salary' }, ctx.t('provenance.none'));
  return h('div', { class: 'salary' }, payLines(pay, ctx, data));
}

/** A role's pay in one country: the figure, what it counts, and its source. */
function payLines(pay, ctx, data) {
  return [
    h('p', {}, payText(pay, (minor) => formatMoney(minor, pay.currency), ctx.t)),
    data && pay.country === data.home ? notAboveHers(data, pay.role, ctx) : null,
    h('p', { class: 'provenance pay-basis' }, payBasisText(pay, ctx.t).join(' ')),
    provenanceLine(pay.provenance, ctx),
  ];
}

function domainPage(route, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const domain = c.domains.find((d) => d.id === route.id);
  if (!domain) return [h('p', { class: 'notice' }, t('explore.not_found'))];
  const steps = ladder(c, domain.id).map((step) => h('section', { class: 'ladder-step', 'aria-label': t(`level.${step.level}`) },
    h('h3', {}, t(`level.${step.level}`)),
    ...step.roles.map((role) => h('article', { class: 'card role-card' },
      h('h4', {}, h('a', { href: routeTo('role', role.id) }, role.title)),
      salarySummary(role, data, ctx)))));
  const certs = c.certifications.filter((x) => x.domains.includes(domain.id));
  return [
    back(t, '#/explore', 'explore.all_domains'),
    h('h2', {}, domain.name),
    h('p', {}, domain.summary),
    h('p', {}, domain.outlook),
    domain.outlook_provenance ? provenanceLine(domain.outlook_provenance, ctx) : null,
    h('h3', {}, t('explore.ladder')),
    h('div', { class: 'ladder' }, ...steps),
    h('h3', {}, t('explore.domain_certs')),
    h('ul', {}, ...certs.map((cert) => h('li', {}, h('a', { href: routeTo('cert', cert.id) }, cert.name), ` · ${t(`level.${cert.level}`)}`))),
  ];
}

async function rolePage(route, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const role = c.roles.find((r) => r.id === route.id);
  if (!role) return [h('p', { class: 'notice' }, t('explore.not_found'))];
  const domain = c.domains.find((d) => d.id === role.domain);
  const isTarget = data.choices.target_role === role.id;
  const choose = h('button', { type: 'button', class: 'button', onclick: async () => {
    try {
      await ctx.bridge.chooseTargetRole(role.id);
      ctx.toast(t('explore.target_saved', { role: role.title }));
      await ctx.redraw();
    } catch (failure) {
      ctx.toast(describeError(failure, t), { kind: 'error' });
    }
  } }, t('explore.choose_target'));
  // Her country first: its pay is the one her plan uses.
  const countries = [data.home, ...['ph', 'in', 'us'].filter((c) => c !== data.home)];
  const rows = countries.map((country) => {
    const pay = payOf(data, role.id, country);
    const figureId = `salary:${role.id}:${country}`;
    const isUser = pay?.provenance.kind === 'user';
    return h('tr', {},
      h('th', { scope: 'row' }, t(`country.${country}`)),
      h('td', {}, pay ? payLines(pay, ctx, data) : t('provenance.none'),
        isUser ? catalogPayBeside(data, figureId, ctx) : null,
        correction(ctx, {
          id: figureId,
          fields: ['explore.low_month', 'explore.median_month', 'explore.high_month'],
          current: pay ? [pay.low / 100, pay.middle / 100, pay.high / 100] : [],
          isUser,
          labelKey: 'explore.correct_salary',
        })));
  });
  return [
    back(t, routeTo('domain', role.domain), 'explore.back_to_domain'),
    h('h2', {}, role.title),
    h('p', { class: 'muted' }, `${t(`level.${role.level}`)} · ${domain?.name ?? ''}`),
    h('p', {}, role.summary),
    isTarget ? h('div', { class: 'notice with-action', id: 'is-target' }, h('p', {}, t('explore.is_target')), buildPlanLink(t)) : choose,
    h('h3', {}, t('explore.salaries')),
    h('p', { class: 'muted' }, t('explore.gross_note')),
    h('table', { class: 'table' }, h('tbody', {}, ...rows)),
    h('h3', {}, t('explore.certs_in_order')),
    h('ol', {}, ...role.certifications.map((id) => c.certifications.find((x) => x.id === id)).filter(Boolean)
      .map((cert) => h('li', {}, h('a', { href: routeTo('cert', cert.id) }, cert.name)))),
    h('h3', {}, t('explore.skills')),
    h('ul', {}, ...role.skills.map((req) => {
      const skill = c.skills.find((s) => s.id === req.skill);
      return h('li', {}, `${skill?.name ?? req.skill} — ${t(`skill_level.${req.level}`)}`);
    })),
    await planHoursLine(role, ctx),
  ];
}

/** A role's hours: those of a new plan for it from where the user is (the one model of hours). */
async function planHoursLine(role, ctx) {
  const { t } = ctx;
  const gap = await ctx.bridge.skillGap(role.id).catch(() => null);
  if (!gap) return null;
  const words = planHoursText(gap.plan, (n) => hoursText(n, ctx.locale), String, null);
  return h('section', { id: 'role-hours' },
    h('h3', {}, t('assess.time')),
    h('p', {}, t('explore.prep', { hours: words.total.values.hours })),
    h('p', { class: 'muted' }, t(words.parts.key, words.parts.values), ' ', h('a', { href: assessRoute('gap', role.id) }, t('assess.see_gap'))),
    h('p', { class: 'provenance' }, t('assess.plan_hours_source')));
}

async function certPage(route, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const cert = c.certifications.find((x) => x.id === route.id);
  if (!cert) return [h('p', { class: 'notice' }, t('explore.not_found'))];
  const currency = userCurrency(ctx);
  const [comparison] = await ctx.bridge.compareCertifications([cert.id], currency).catch(() => [null]);
  const chosen = data.choices.certifications.includes(cert.id);
  const toggle = h('button', { type: 'button', class: chosen ? 'button secondary' : 'button', onclick: async () => {
    try {
      await ctx.bridge.setCertificationChoice(cert.id, !chosen);
      ctx.toast(t(chosen ? 'explore.cert_removed' : 'explore.cert_added', { name: cert.name }));
      await ctx.redraw();
    } catch (failure) {
      ctx.toast(describeError(failure, t), { kind: 'error' });
    }
  } }, t(chosen ? 'explore.remove_cert' : 'explore.add_cert'));
  const addCompare = h('button', { type: 'button', class: 'button secondary', onclick: () => {
    const ids = [...compareSet().filter((id) => id !== cert.id), cert.id].slice(-3);
    saveCompareSet(ids);
    location.hash = routeTo('compare', ids);
  } }, t('explore.add_compare'));
  const fact = (label, ...value) => [h('dt', {}, label), h('dd', {}, ...value)];
  const fee = cert.exam_fee_usd;
  const cost = comparison?.cost;
  const renewal = cert.renewal;
  const status = cert.status.state !== 'active' ? h('p', { class: 'notice', role: 'note' }, t(`explore.status.${cert.status.state}`, { date: cert.status.date })) : null;
  return [
    back(t, routeTo('domain', cert.domains[0]), 'explore.back_to_domain'),
    h('h2', {}, cert.name),
    h('p', { class: 'muted' }, `${cert.vendor} · ${t(`level.${cert.level}`)}`),
    status,
    h('div', { class: 'button-row' }, toggle, addCompare),
    h('dl', { class: 'facts cert-facts' },
      ...fact(t('explore.exam_fee'),
        fee ? h('span', { id: 'cert-fee' }, cost ? money(cost.local.first_attempt, currency) : '', ' ', h('span', { class: 'muted' }, t('explore.fee_detail', { fee: usd(fee.amount), exams: cert.exams }))) : t('provenance.none'),
        fee ? provenanceLine(fee.provenance, ctx) : null,
        fee?.provenance.kind === 'user' ? catalogBeside(data, `exam_fee:${cert.id}`, ctx, usd) : null,
        rateLine(data, ctx),
        correction(ctx, { id: `exam_fee:${cert.id}`, fields: ['explore.fee_usd'], current: fee ? [fee.amount] : [], isUser: fee?.provenance.kind === 'user', labelKey: 'explore.correct_fee' })),
      ...fact(t('explore.with_retakes'), cost ? money(cost.local.expected_with_retakes, currency) : t('provenance.none'),
        h('p', { class: 'provenance' }, t('explore.retake_assumption'))),
      ...fact(t('explore.validity'), cert.validity_years ? t('explore.years', { n: cert.validity_years }) : t('explore.no_expiry')),
      ...fact(t('explore.renewal'), renewalText(renewal, comparison, currency, t),
        renewal.provenance ? provenanceLine(renewal.provenance, ctx) : h('p', { class: 'provenance' }, t('provenance.none'))),
      ...fact(t('explore.prep_hours'), cert.prep_hours ? t('explore.hours_range', { low: cert.prep_hours.low, high: cert.prep_hours.high }) : t('provenance.none'),
        cert.prep_hours ? provenanceLine(cert.prep_hours.provenance, ctx) : null),
      ...(comparison?.plan_step_hundredths == null ? [] : fact(t('explore.plan_step'),
        h('span', { id: 'cert-plan-step' }, t('explore.plan_step_hours', { hours: hoursText(comparison.plan_step_hundredths, ctx.locale) })),
        h('p', { class: 'provenance' }, t('explore.plan_step_why')))),
      ...fact(t('explore.prerequisites'), certLinks(c, cert.prerequisites) ?? t('explore.none'),
        cert.prerequisites.length ? h('p', { class: 'field-hint' }, t('explore.prerequisites_hint')) : null),
      ...(cert.recommended.length ? fact(t('explore.recommended'), certLinks(c, cert.recommended),
        h('p', { class: 'field-hint' }, t('explore.recommended_hint'))) : []),
      ...fact(t('explore.wanted_by'), rolesWanting(c, cert.id).length
        ? h('span', {}, ...rolesWanting(c, cert.id).flatMap((r, i) => [i ? ', ' : '', h('a', { href: routeTo('role', r.id) }, r.title)]))
        : t('explore.none'))),
  ];
}

async function comparePage(route, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const ids = (route.ids.length ? route.ids : compareSet()).filter((id) => c.certifications.some((x) => x.id === id)).slice(0, 3);
  saveCompareSet(ids);
  if (!ids.length) return [back(t, '#/explore', 'explore.all_domains'), h('div', { class: 'empty-state' }, h('p', {}, t('explore.compare_empty')))];
  const currency = userCurrency(ctx);
  const [results, choice] = await Promise.all([ctx.bridge.compareCertifications(ids, currency), ctx.bridge.certificationChoice(ids)]);
  const certs = ids.map((id) => c.certifications.find((x) => x.id === id));
  const cell = (i, f) => {
    const cost = results[i]?.cost;
    return h('td', {}, cost ? f(cost) : t('provenance.none'));
  };
  const row = (labelKey, render) => h('tr', {}, h('th', { scope: 'row' }, t(labelKey)), ...certs.map((cert, i) => render(cert, i)));
  const remove = (id) => () => { location.hash = routeTo('compare', ids.filter((x) => x !== id)); };
  return [
    back(t, '#/explore', 'explore.all_domains'),
    h('h2', {}, t('explore.compare_title')),
    rateLine(data, ctx),
    h('table', { class: 'table compare-table', id: 'compare-table' },
      h('thead', {}, h('tr', {}, h('td', {}), ...certs.map((cert) => h('th', { scope: 'col' },
        h('a', { href: routeTo('cert', cert.id) }, cert.name), ' ',
        h('button', { type: 'button', class: 'button quiet small', 'aria-label': t('explore.remove_compare', { name: cert.name }), onclick: remove(cert.id) }, t('explore.remove_mark')))))),
      h('tbody', {},
        row('explore.first_attempt', (cert, i) => cell(i, (cost) => [money(cost.local.first_attempt, currency),
          cert.exam_fee_usd ? provenanceLine(cert.exam_fee_usd.provenance, ctx) : null,
          cert.exam_fee_usd?.provenance.kind === 'user' ? catalogBeside(data, `exam_fee:${cert.id}`, ctx, usd) : null])),
        row('explore.with_retakes', (_cert, i) => cell(i, (cost) => [money(cost.local.expected_with_retakes, currency), h('p', { class: 'provenance' }, t('explore.retake_assumption'))])),
        row('explore.renewals_5y', (cert, i) => cell(i, (cost) => (cost.renewal_known
          ? [money(cost.local.renewals, currency), cert.renewal.provenance ? provenanceLine(cert.renewal.provenance, ctx) : null]
          : t('provenance.none')))),
        row('explore.prep_hours', (cert) => h('td', {}, cert.prep_hours
          ? [t('explore.hours_range', { low: cert.prep_hours.low, high: cert.prep_hours.high }), provenanceLine(cert.prep_hours.provenance, ctx)]
          : t('provenance.none'))),
        row('explore.plan_step', (_cert, i) => h('td', {}, results[i]?.plan_step_hundredths == null ? t('provenance.none')
          : t('explore.plan_step_hours', { hours: hoursText(results[i].plan_step_hundredths, ctx.locale) }))),
        row('explore.validity', (cert) => h('td', {}, cert.validity_years ? t('explore.years', { n: cert.validity_years }) : t('explore.no_expiry'))),
        row('explore.prerequisites', (cert) => h('td', {}, cert.prerequisites.map((id) => c.certifications.find((x) => x.id === id)?.name ?? id).join(', ') || t('explore.none'))),
        row('explore.recommended', (cert) => h('td', {}, cert.recommended.map((id) => c.certifications.find((x) => x.id === id)?.name ?? id).join(', ') || t('explore.none'))),
        row('explore.wanted_by', (cert) => h('td', {}, rolesWanting(c, cert.id).map((r) => r.title).join(', ') || t('explore.none'))))),
    // The same certifications for her own plan and money: which one first.
    certChoiceCard(choice, ctx, { id: 'compare-certs' }),
  ];
}

/**
 * Said plainly when a role pays her no more than she earns now (the core
 * compares, on her basis): a move to it costs her pay, whatever else it gives.
 */
export function notAboveHers(data, roleId, ctx) {
  if (!data.pay_not_above_hers.includes(roleId)) return null;
  const total = ctx.profile?.summary.total_monthly_pay_minor;
  const currency = ctx.profile?.summary.profile.currency;
  return h('p', { class: 'notice pay-not-above', role: 'note' },
    total != null ? ctx.t('explore.pay_not_above', { pay: formatMoney(total, currency) }) : ctx.t('explore.pay_not_above_plain'));
}

/** A renewal rule in words, its fee in her currency with the US dollars beside it. */
function renewalText(renewal, comparison, currency, t) {
  const usd = renewal.fee_usd == null ? '' : money(renewal.fee_usd, 'USD');
  const fee = comparison?.renewal_fee_local != null && currency !== 'USD'
    ? t('explore.fee_local_usd', { fee: money(comparison.renewal_fee_local, currency), usd })
    : usd;
  return t(`renewal.${renewal.kind}`, { fee, years: renewal.every_years ?? '' });
}

/** Links to certifications by id, or null when there are none. */
function certLinks(catalog, ids) {
  if (!ids.length) return null;
  return h('span', {}, ...ids.flatMap((id, i) => [i ? ', ' : '', h('a', { href: routeTo('cert', id) }, catalog.certifications.find((x) => x.id === id)?.name ?? id)]));
}
