// Your fit: the self-assessment (seven BPO strengths, each level with a
// concrete BPO example; interest per domain; technical basics known), the
// domains ranked by fit with their reasons, growth since the last
// assessment, and the skill gap to any role.

import { BPO_SKILLS, delta, filterSkillGroups, parseRoute, planHoursText, rangeText, reasonText, routeTo, toAssessment } from '../assess-model.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { payBasisText, payOf, payText, routeTo as exploreRoute } from '../explore-model.js';
import { notAboveHers } from './explore.js';
import { formatDateTime, formatMoney } from '../format.js';
import { hoursText } from '../plan-model.js';
import { sourceBadge } from '../provenance.js';
import { keepPlace } from '../view-kit.js';

/** Domains shown as full cards; the rest sit under "All domains". */
const TOP_CARDS = 4;

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const route = parseRoute(location.hash);
  const body = h('div', { id: 'assess-body' }, h('p', { class: 'muted' }, t('data.loading')));
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('assess.title')), h('p', { class: 'lead' }, t('assess.lead')), body);
  const draw = async () => {
    try {
      const [overview, data] = await Promise.all([ctx.bridge.assessmentOverview(), ctx.bridge.exploreCatalog()]);
      const page = route.page === 'take' || (route.page === 'results' && overview.taken === 0) ? formPage
        : route.page === 'gap' ? gapPage : resultsPage;
      const nodes = await page(route, overview, data, { ...ctx, redraw: () => keepPlace(draw) });
      replaceChildren(body, ...nodes);
    } catch (error) {
      replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t)));
    }
  };
  draw();
  return {};
}

/** A skill level's name; 0 is "not yet" (the catalog's level 0 is never required). */
const levelName = (t, level) => (level === 0 ? t('assess.not_yet') : t(`skill_level.${level}`));
const nameOf = (list, id) => list.find((x) => x.id === id)?.name ?? list.find((x) => x.id === id)?.title ?? id;
const number = (locale) => (n) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

// ---- the form ---------------------------------------------------------------

function formPage(_route, overview, data, ctx) {
  const { t } = ctx;
  const previous = overview.latest?.assessment;
  const radios = (name, value, levels, labelFor) => h('div', { class: 'choice-list scale' }, ...levels.map((level) => {
    const id = `${name}-${level}`;
    return h('div', { class: 'choice' },
      h('input', { type: 'radio', id, name, value: String(level), checked: value === level }),
      h('label', { for: id }, labelFor(level)));
  }));
  const skillSets = BPO_SKILLS.map((skill) => h('fieldset', { class: 'field scale-field', id: `rate-${skill}`, 'aria-describedby': `rate-${skill}-hint` },
    h('legend', { class: 'field-legend' }, t(`bpo.${skill}`)),
    h('p', { class: 'field-hint', id: `rate-${skill}-hint` }, t('assess.rate_hint')),
    radios(`rating-${skill}`, previous?.ratings[skill], [1, 2, 3, 4, 5], (level) => [h('strong', {}, `${level} · `), t(`bpo.${skill}.${level}`)]),
    h('p', { class: 'field-error', id: `rate-${skill}-error`, hidden: true, role: 'alert' })));
  const interestRows = data.catalog.domains.map((domain) => h('fieldset', { class: 'field interest-field' },
    h('legend', { class: 'field-legend' }, domain.name),
    radios(`interest-${domain.id}`, previous?.interests[domain.id], [1, 2, 3, 4, 5], (level) => t(`assess.interest.${level}`))));
  const status = h('p', { class: 'form-status', 'aria-live': 'polite' });
  const form = h('form', { id: 'assess-form', novalidate: true },
    h('fieldset', { class: 'form-group' }, h('legend', {}, h('h2', { class: 'group-title' }, t('assess.strengths'))),
      h('p', { class: 'group-intro' }, t('assess.strengths_intro')), ...skillSets),
    h('fieldset', { class: 'form-group' }, h('legend', {}, h('h2', { class: 'group-title' }, t('assess.interests'))),
      h('p', { class: 'group-intro' }, t('assess.interests_intro')), ...interestRows),
    h('p', { class: 'muted' }, t('assess.known_later')),
    h('div', { class: 'form-actions sticky-actions' },
      h('button', { type: 'submit', class: 'button', id: 'assess-save' }, t('assess.save')),
      overview.taken > 0 ? h('a', { class: 'button quiet', href: routeTo('results') }, t('assess.cancel')) : null,
      status));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form, data, ctx, status, previous?.known_skills ?? {});
  });
  return [overview.taken > 0 ? h('p', { class: 'muted' }, t('assess.retake_note', { date: formatDateTime(overview.latest.taken_at, ctx.locale) })) : h('p', {}, t('assess.first_note')), form];
}

/** The form's answers; the skills she said she knows are kept from the last assessment (she refines them on the results). */
function readAnswers(form, data, known) {
  const checked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? null;
  return {
    ratings: Object.fromEntries(BPO_SKILLS.map((s) => [s, checked(`rating-${s}`)])),
    interests: Object.fromEntries(data.catalog.domains.map((d) => [d.id, checked(`interest-${d.id}`)])),
    known: Object.fromEntries(Object.entries(known).map(([id, level]) => [id, String(level)])),
  };
}

async function submit(form, data, ctx, status, known) {
  const { t } = ctx;
  const { assessment, missing } = toAssessment(readAnswers(form, data, known));
  for (const skill of BPO_SKILLS) {
    const error = form.querySelector(`#rate-${skill}-error`);
    const isMissing = missing.includes(skill);
    error.hidden = !isMissing;
    error.textContent = isMissing ? t('assess.missing', { skill: t(`bpo.${skill}`) }) : '';
    form.querySelector(`#rate-${skill}`).setAttribute('aria-invalid', String(isMissing));
  }
  if (missing.length) {
    status.textContent = t('assess.missing_count', { count: missing.length });
    form.querySelector(`#rate-${missing[0]} input`)?.focus();
    return;
  }
  try {
    await ctx.bridge.takeAssessment(assessment);
    ctx.toast(t('assess.saved'));
    // The first assessment is taken on the results' own address: no hash change to redraw on.
    if (location.hash === routeTo('results')) await ctx.redraw();
    else location.hash = routeTo('results');
  } catch (error) {
    status.textContent = describeError(error, t);
  }
}

// ---- the ranking ------------------------------------------------------------------

function resultsPage(_route, overview, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const ranking = overview.fit.ranking;
  const target = data.choices.target_role && c.roles.find((r) => r.id === data.choices.target_role);
  const cards = ranking.slice(0, TOP_CARDS).map((fit, i) => domainCard(fit, i + 1, data, ctx));
  const rest = ranking.slice(TOP_CARDS).map((fit, i) => h('li', { value: String(i + TOP_CARDS + 1) },
    h('span', { class: 'fit-name' }, nameOf(c.domains, fit.domain)), ' ',
    h('span', { class: 'fit-score' }, t('assess.fit_of', { fit: fit.fit })), ' · ',
    h('a', { href: routeTo('gap', fit.first_role) }, t('assess.gap_to', { role: nameOf(c.roles, fit.first_role) }))));
  return [
    h('div', { class: 'button-row centered' },
      h('a', { class: 'button secondary', href: routeTo('take'), id: 'retake' }, t('assess.retake')),
      h('p', { class: 'muted' }, t('assess.taken_on', { date: formatDateTime(overview.latest.taken_at, ctx.locale), count: overview.taken }))),
    target ? h('section', { class: 'card', id: 'target-card', 'aria-labelledby': 'target-title' },
      h('h2', { id: 'target-title' }, t('assess.your_target', { role: target.title })),
      h('p', {}, h('a', { href: routeTo('gap', target.id) }, t('assess.see_gap')))) : null,
    overview.growth ? growthCard(overview.growth, data, ctx) : null,
    overview.fit.no_signal ? h('p', { class: 'notice', id: 'no-signal' }, t('assess.no_signal')) : null,
    h('h2', { id: 'ranking-title' }, t('assess.ranking')),
    h('p', { class: 'muted' }, t('assess.formula_short'), ' ', h('a', { href: '#/help' }, t('assess.how'))),
    h('ol', { class: 'fit-ranking', id: 'fit-ranking', 'aria-labelledby': 'ranking-title' }, ...cards),
    rest.length ? h('details', { class: 'all-domains' }, h('summary', {}, t('assess.all_domains', { count: ranking.length })),
      h('ol', { class: 'fit-rest' }, ...rest)) : null,
    refineCard(overview, data, ctx),
  ];
}

/**
 * The optional known-skills list: searchable, grouped by domain, and saved
 * into the latest assessment, which ranks again with it.
 */
function refineCard(overview, data, ctx) {
  const { t } = ctx;
  const known = { ...overview.latest.assessment.known_skills };
  const skills = data.catalog.skills;
  const groupName = (domain) => (domain ? nameOf(data.catalog.domains, domain) : t('assess.known_other'));
  const list = h('div', { class: 'known-groups', id: 'known-groups' });
  const count = h('p', { class: 'muted', id: 'known-count', 'aria-live': 'polite' });
  const status = h('p', { class: 'form-status', 'aria-live': 'polite' });
  const showCount = () => { count.textContent = t('assess.known_count', { count: Object.values(known).filter((l) => l > 0).length }); };
  const draw = (query) => {
    const groups = filterSkillGroups(overview.skill_groups, skills, query);
    replaceChildren(list, ...(groups.length ? groups.map((group) => h('details', { class: 'known-group', open: query.trim() !== '' },
      h('summary', {}, h('strong', {}, groupName(group.domain)), ' ',
        h('span', { class: 'muted' }, t('assess.known_group_count', { count: group.skills.length }))),
      ...group.skills.map((id) => {
        const skill = skills.find((s) => s.id === id);
        return h('div', { class: 'field known-field' },
          h('label', { for: `known-${id}` }, skill?.name ?? id),
          h('select', { id: `known-${id}`, 'data-skill': id, onchange: (event) => { known[id] = Number(/** @type {HTMLSelectElement} */ (event.target).value); showCount(); } },
            ...[0, 1, 2, 3].map((level) => h('option', { value: String(level), selected: (known[id] ?? 0) === level }, levelName(t, level)))));
      }))) : [h('p', { class: 'muted' }, t('assess.known_no_match'))]));
  };
  const search = h('input', { type: 'search', id: 'known-search', autocomplete: 'off', placeholder: t('assess.known_search_hint'),
    oninput: () => draw(search.value) });
  draw('');
  showCount();
  const save = async () => {
    try {
      await ctx.bridge.refineKnownSkills(Object.fromEntries(Object.entries(known).filter(([, level]) => level > 0)));
      ctx.toast(t('assess.known_saved'));
      await ctx.redraw();
    } catch (error) {
      status.textContent = describeError(error, t);
    }
  };
  return h('section', { class: 'card refine', id: 'refine', 'aria-labelledby': 'refine-title' },
    h('h2', { id: 'refine-title' }, t('assess.known_title')),
    h('p', { class: 'field-hint' }, t('assess.known_hint')),
    h('div', { class: 'field' }, h('label', { for: 'known-search' }, t('assess.known_search')), search),
    count, list,
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button', id: 'known-save', onclick: save }, t('assess.known_save')), status));
}

function domainCard(fit, rank, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const domainName = nameOf(c.domains, fit.domain);
  const role = c.roles.find((r) => r.id === fit.first_role);
  const reasons = fit.reasons.map((reason) => {
    const { key, values } = reasonText(reason, domainName, t);
    return h('li', {}, t(key, values));
  });
  const pace = ctx.profile?.summary.profile.study.hours_per_week;
  const words = fit.first_role_plan ? planHoursText(fit.first_role_plan, (n) => hoursText(n, ctx.locale), number(ctx.locale), pace) : null;
  return h('li', { class: 'card fit-card', 'data-domain': fit.domain },
    h('div', { class: 'fit-head' },
      h('h3', {}, h('span', { class: 'fit-rank' }, `${rank}. `), domainName),
      h('p', { class: 'fit-score big-figure' }, t('assess.fit_of', { fit: fit.fit }))),
    h('progress', { max: '100', value: String(fit.fit), 'aria-label': t('assess.fit_label', { domain: domainName, fit: fit.fit }) }),
    reasons.length ? h('ul', { class: 'fit-reasons' }, ...reasons) : h('p', { class: 'muted' }, t('assess.no_reasons')),
    role ? h('dl', { class: 'facts' },
      h('dt', {}, t('assess.first_role')), h('dd', {}, h('a', { href: exploreRoute('role', role.id) }, role.title)),
      h('dt', {}, t('assess.salary')), h('dd', {}, salaryLine(role, data, ctx)),
      h('dt', {}, t('assess.time')), h('dd', {}, words
        ? [h('p', {}, t('assess.plan_total', { hours: words.total.values.hours })), h('p', {}, t(words.months.key, words.months.values)),
          h('p', { class: 'provenance' }, t('assess.plan_hours_source'))]
        : t('provenance.none'))) : null,
    h('div', { class: 'button-row' },
      h('a', { class: 'button secondary', href: routeTo('gap', fit.first_role) }, t('assess.gap_to', { role: role?.title ?? fit.first_role })),
      data.choices.target_role === fit.first_role ? null : targetButton(fit.first_role, role?.title ?? fit.first_role, ctx)));
}

function salaryLine(role, data, ctx) {
  const pay = payOf(data, role.id, data.home);
  if (!pay) return ctx.t('provenance.none');
  return [payText(pay, (minor) => formatMoney(minor, pay.currency), ctx.t), notAboveHers(data, role.id, ctx),
    h('p', { class: 'provenance pay-basis' }, payBasisText(pay, ctx.t).join(' ')),
    h('p', { class: 'provenance' }, sourceBadge(pay.provenance, ctx))];
}

function targetButton(roleId, title, ctx) {
  return h('button', { type: 'button', class: 'button quiet', onclick: async () => {
    try {
      await ctx.bridge.chooseTargetRole(roleId);
      ctx.toast(ctx.t('explore.target_saved', { role: title }));
      location.hash = routeTo('gap', roleId);
    } catch (failure) {
      ctx.toast(describeError(failure, ctx.t), { kind: 'error' });
    }
  } }, ctx.t('assess.make_target', { role: title }));
}

function growthCard(growth, data, ctx) {
  const { t } = ctx;
  const changed = growth.ratings.filter((c) => c.after !== c.before);
  const row = (label, change) => h('tr', {}, h('th', { scope: 'row' }, label),
    h('td', { class: 'numeric' }, String(change.before)), h('td', { class: 'numeric' }, String(change.after)),
    h('td', { class: `numeric growth-${Math.sign(change.after - change.before)}` }, delta(change)));
  const head = (first) => h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, first),
    h('th', { scope: 'col' }, t('assess.before')), h('th', { scope: 'col' }, t('assess.now')), h('th', { scope: 'col' }, t('assess.change'))));
  return h('section', { class: 'card', id: 'growth', 'aria-labelledby': 'growth-title' },
    h('h2', { id: 'growth-title' }, t('assess.growth', { date: formatDateTime(growth.since, ctx.locale) })),
    h('p', {}, changed.length ? t('assess.growth_summary', { count: changed.length }) : t('assess.growth_none')),
    h('table', { class: 'table', id: 'growth-skills' }, head(t('assess.strength')),
      h('tbody', {}, ...growth.ratings.map((change) => row(t(`bpo.${change.id}`), change)))),
    growth.fits.length ? h('table', { class: 'table', id: 'growth-fits' }, head(t('assess.domain')),
      h('tbody', {}, ...growth.fits.slice(0, 6).map((change) => row(nameOf(data.catalog.domains, change.id), change)))) : null,
    growth.known_skills.length ? h('ul', {}, ...growth.known_skills.map((change) => h('li', {},
      t('assess.known_change', { skill: nameOf(data.catalog.skills, change.id), before: levelName(t, change.before), after: levelName(t, change.after) })))) : null);
}

// ---- the gap -------------------------------------------------------------------

/** A certification's preparation hours beside what the plan's step for it counts. */
function certStepText(cert, plan, ctx) {
  const { t } = ctx;
  const prep = cert.prep_hours ? t('explore.hours_range', { low: cert.prep_hours.low, high: cert.prep_hours.high }) : null;
  const step = plan.certifications.find((c) => c.id === cert.id);
  if (step) return h('span', { class: 'muted' }, ` · ${t('assess.cert_step', { prep: prep ?? t('provenance.none'), hours: hoursText(step.hours_hundredths, ctx.locale) })}`);
  return prep ? h('span', { class: 'muted' }, ` · ${prep}`) : null;
}

async function gapPage(route, overview, data, ctx) {
  const { t } = ctx;
  const c = data.catalog;
  const role = c.roles.find((r) => r.id === route.role);
  if (!role) return [h('p', { class: 'notice' }, t('explore.not_found'))];
  const gap = await ctx.bridge.skillGap(role.id);
  const fmt = number(ctx.locale);
  const rows = gap.skills.map((s) => h('tr', { class: s.current >= s.required ? 'met' : '' },
    h('th', { scope: 'row' }, nameOf(c.skills, s.skill)),
    h('td', {}, levelName(t, s.current)),
    h('td', {}, t(`skill_level.${s.required}`)),
    h('td', { class: 'numeric' }, s.current >= s.required ? t('assess.met') : t('assess.hours', { hours: rangeText(s.hours, fmt) }))));
  const certs = gap.certifications.map((id) => c.certifications.find((x) => x.id === id)).filter(Boolean);
  const pace = ctx.profile?.summary.profile.study.hours_per_week;
  const isTarget = data.choices.target_role === role.id;
  const total = planHoursText(gap.plan, (n) => hoursText(n, ctx.locale), fmt, pace);
  return [
    h('p', {}, h('a', { href: routeTo('results') }, `← ${t('assess.back')}`)),
    h('h2', { id: 'gap-title' }, t('assess.gap_title', { role: role.title })),
    overview.taken === 0 ? h('p', { class: 'notice' }, t('assess.gap_without_assessment'), ' ', h('a', { href: routeTo('take') }, t('assess.take'))) : null,
    isTarget ? h('p', { class: 'notice', id: 'is-target' }, t('explore.is_target')) : targetButton(role.id, role.title, ctx),
    h('h3', {}, t('assess.gap_skills')),
    h('table', { class: 'table', id: 'gap-skills' },
      h('thead', {}, h('tr', {}, ...['assess.skill', 'assess.your_level', 'assess.needed', 'assess.to_close'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, ...rows)),
    h('p', { class: 'provenance' }, t('assess.hours_source')),
    h('h3', {}, t('assess.gap_certs')),
    certs.length
      ? h('ol', { id: 'gap-certs' }, ...certs.map((cert) => h('li', {}, h('a', { href: exploreRoute('cert', cert.id) }, cert.name),
        certStepText(cert, gap.plan, ctx))))
      : h('p', {}, t('assess.no_certs_missing')),
    h('section', { class: 'card', id: 'gap-total', 'aria-labelledby': 'gap-total-title' },
      h('h3', { id: 'gap-total-title' }, t('assess.gap_total')),
      h('p', { class: 'big-figure' }, t(total.total.key, total.total.values)),
      h('p', { id: 'gap-parts' }, t(total.parts.key, total.parts.values)),
      h('p', {}, gap.plan.months_tenths == null
        ? [t('assess.months_no_pace'), ' ', h('a', { href: '#/settings' }, t('assess.add_pace'))]
        : t(total.months.key, total.months.values)),
      h('p', { class: 'muted' }, t('assess.plan_study_note')),
      h('p', { class: 'muted' }, t('assess.plan_gives_dates'))),
  ];
}
