// Home: greets the user, shows back what they entered, and says what to do next.

import { h, replaceChildren, svgFromText } from '../dom.js';
import { formatDate, formatMoney, formatTime, formatWeekday, shortMonthNames } from '../format.js';
import { hashFor } from '../router.js';
import { blocksByDay, emptyCharts, wayIn } from '../home-model.js';
import { minutesText, nextUpLine, paceLines, todayIso } from '../progress-model.js';
import { hoursText } from '../plan-model.js';

/**
 * The next steps for a profile, most useful first. Pure, so it is tested.
 * @param {import('../protocol.js').ProfileSummary} summary
 * @returns {{key: string, href: string}[]}
 */
export function nextSteps(summary) {
  const p = summary.profile;
  const steps = [];
  if (p.pay.base_monthly_minor == null) steps.push({ key: 'home.next.pay', href: `${hashFor('settings')}` });
  if (p.monthly_expenses_minor == null || p.savings_minor == null) {
    steps.push({ key: 'home.next.money', href: hashFor('settings') });
  }
  if (p.study.hours_per_week == null) steps.push({ key: 'home.next.time', href: hashFor('settings') });
  steps.push({ key: 'home.next.backup', href: hashFor('help') });
  if (steps.length === 1) steps.unshift({ key: 'home.next.complete', href: hashFor('settings') });
  return steps;
}

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const { summary } = ctx.profile;
  const p = summary.profile;
  const money = (minor) => (minor == null ? t('common.not_given') : formatMoney(minor, p.currency));
  const fact = (label, value, id) => [h('dt', {}, label), h('dd', id ? { id } : {}, value)];

  const thirteenth = summary.thirteenth_month_share_minor;

  const payCard = card('home.pay', t,
    h('p', { class: 'big-figure', id: 'home-total-pay' },
      summary.total_monthly_pay_minor == null ? t('pay.total_waiting') : formatMoney(summary.total_monthly_pay_minor, p.currency)),
    h('p', { class: 'muted' }, t('pay.total')),
    h('dl', { class: 'facts' },
      ...fact(t('field.base_pay.label'), money(p.pay.base_monthly_minor)),
      ...fact(t('field.night_differential.label'), money(p.pay.night_differential_monthly_minor)),
      ...fact(t('field.allowances.label'), money(p.pay.allowances_monthly_minor)),
      ...(thirteenth != null ? fact(t('pay.thirteenth_share'), formatMoney(thirteenth, p.currency)) : [])),
    summary.day_shift_drop_minor > 0
      ? h('p', { class: 'notice' }, t('pay.day_shift_drop', { amount: formatMoney(summary.day_shift_drop_minor, p.currency) }))
      : null);

  const youCard = card('home.you', t, h('dl', { class: 'facts' },
    ...fact(t('field.role.label'), p.role ? t(`role.${p.role}`) : t('common.not_given')),
    ...fact(t('field.country.label'), p.country ? t(`country.${p.country}`) : t('common.not_given')),
    ...fact(t('field.currency.label'), t(`currency.${p.currency}`)),
    ...fact(t('group.sponsorship'), p.sponsorship ? t(`sponsorship.${p.sponsorship}`) : t('common.not_given'))));

  const moneyCard = card('home.money', t, h('dl', { class: 'facts' },
    ...fact(t('field.monthly_expenses.label'), money(p.monthly_expenses_minor)),
    ...fact(t('field.savings.label'), money(p.savings_minor))));

  const s = p.study;
  const timeCard = card('home.time', t, h('dl', { class: 'facts' },
    ...fact(t('field.hours_per_week.label'), s.hours_per_week == null ? t('common.not_given') : t('common.hours_per_week', { hours: s.hours_per_week })),
    ...fact(t('home.free_days'), s.free_weekdays.length ? s.free_weekdays.map((d) => t(`weekday.${d}`)).join(', ') : t('common.not_given')),
    ...fact(t('field.shift.label'), s.shift ? t(`shift.${s.shift}`) : t('common.not_given')),
    ...fact(t('field.preferred_study_time.label'), s.preferred_time ? formatTime(s.preferred_time, ctx.locale) : t('common.not_given')),
    ...fact(t('home.starts'), s.start_date ? formatDate(s.start_date, ctx.locale) : t('common.not_given'))));

  const next = h('section', { class: 'card next-steps', 'aria-labelledby': 'next-title' },
    h('h2', { id: 'next-title' }, t('home.next')),
    h('ol', {}, ...nextSteps(summary).map((step) => h('li', {}, h('a', { href: step.href }, t(step.key))))));

  const dashboard = h('section', { class: 'card dashboard', id: 'dashboard', 'aria-labelledby': 'dashboard-title' },
    h('h2', { id: 'dashboard-title' }, t('home.dashboard')), h('p', { class: 'muted' }, t('data.loading')));
  // The first card: this week's study once there is a plan, else the way to one.
  const first = h('div', { id: 'home-first' });
  replaceChildren(container,
    h('h1', { tabindex: '-1', id: 'home-greeting' }, p.name ? t('home.greeting_named', { name: p.name }) : t('home.greeting')),
    h('p', { class: 'lead' }, t('home.lead')),
    first,
    dashboard,
    next,
    h('div', { class: 'card-grid' }, payCard, youCard, moneyCard, timeCard));
  Promise.all([ctx.bridge.progressDashboard(progressWords(t, ctx.locale)), ctx.bridge.exploreCatalog(), ctx.bridge.assessmentOverview()]).then(
    ([data, explore, overview]) => {
      const hasPlan = data.progress_pct != null;
      replaceChildren(first, hasPlan
        ? weekCard(data.this_week, explore.catalog, ctx)
        : wayInCard(wayIn({ taken: overview.taken, target: explore.choices.target_role, hasPlan }), ctx));
      replaceChildren(dashboard, ...dashboardBody(data, explore.catalog, ctx));
    },
    () => replaceChildren(dashboard, h('h2', { id: 'dashboard-title' }, t('home.dashboard')), h('p', { class: 'muted' }, t('home.dashboard_unavailable'))));
  return {};
}

/** Before there is a plan: the three steps to one, in order, the next one marked. */
function wayInCard(steps, ctx) {
  const { t } = ctx;
  return h('section', { class: 'card way-in', id: 'way-in', 'aria-labelledby': 'way-in-title' },
    h('h2', { id: 'way-in-title' }, t('home.way.title')),
    h('p', { class: 'muted' }, t('home.way.lead')),
    h('ol', { class: 'way-steps' }, ...steps.map((step) => h('li', { class: `way-step${step.done ? ' done' : ''}${step.current ? ' current' : ''}`, 'aria-current': step.current ? 'step' : null },
      h('span', { class: 'way-mark', 'aria-hidden': 'true' }, step.done ? '✓' : ''),
      step.current
        ? h('a', { class: 'button', href: step.href }, t(step.key))
        : h('a', { href: step.href }, t(step.key)),
      step.done ? h('span', { class: 'visually-hidden' }, ` (${t('home.way.done')})`) : null))));
}

/** Once there is a plan: the next study blocks on her free days, as the plan dates them. */
function weekCard(blocks, catalog, ctx) {
  const { t } = ctx;
  const certName = (id) => catalog.certifications.find((c) => c.id === id)?.name ?? id;
  const days = blocksByDay(blocks);
  return h('section', { class: 'card this-week', id: 'this-week', 'aria-labelledby': 'this-week-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'this-week-title' }, t('home.week.title')),
      h('a', { class: 'button secondary', href: hashFor('plan') }, t('home.week.open_plan'))),
    days.length
      ? h('ul', { class: 'week-days' }, ...days.map((day) => h('li', { class: 'week-day' },
        h('p', { class: 'week-day-head' }, h('strong', {}, formatWeekday(day.day, ctx.locale, day.day.slice(0, 4) !== todayIso().slice(0, 4))),
          ' · ', minutesText(day.minutes, t)),
        h('ul', { class: 'week-blocks' }, ...day.blocks.map((block) => h('li', {},
          t(block.exam ? 'home.week.block_exam' : 'home.week.block', { title: block.title, time: minutesText(block.minutes, t), cert: block.exam ? certName(block.exam) : '' })))))))
      : h('p', { class: 'muted' }, t('home.week.nothing')));
}

function card(titleKey, t, ...body) {
  const id = `${titleKey.replace('.', '-')}-title`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, t(titleKey)), ...body);
}

/** The words the core's progress charts draw. */
function progressWords(t, locale) {
  return {
    weekly_title: t('home.chart.weekly'), cumulative_title: t('home.chart.cumulative'),
    target: t('home.chart.target'), planned: t('home.chart.planned'), logged: t('home.chart.logged'),
    months: shortMonthNames(locale),
  };
}

function picture(text, caption, t) {
  try {
    return h('figure', { class: 'chart-card' }, svgFromText(text), h('figcaption', { class: 'muted' }, caption));
  } catch {
    return h('p', { class: 'muted' }, t('home.chart.unavailable'));
  }
}

function dashboardBody(data, catalog, ctx) {
  const { t } = ctx;
  const date = (iso) => formatDate(iso, ctx.locale);
  const certName = (id) => catalog.certifications.find((c) => c.id === id)?.name ?? id;
  const pct = data.progress_pct;
  return [
    h('div', { class: 'card-head' }, h('h2', { id: 'dashboard-title' }, t('home.dashboard')),
      h('a', { class: 'button', href: hashFor('progress'), id: 'log-session' }, t('home.log_session'))),
    pct == null
      ? h('p', {}, t('home.no_plan'), ' ', h('a', { href: hashFor('plan') }, t('home.build_plan')))
      : h('div', { class: 'plan-progress' },
        h('p', { class: 'big-figure', id: 'plan-progress' }, t('home.progress_pct', { pct })),
        h('progress', { max: '100', value: String(pct), 'aria-label': t('home.progress_label', { pct }) })),
    h('ul', { class: 'pace', id: 'pace' }, h('li', {}, t('home.hours_logged', { hours: hoursText(Math.round(data.hours_logged * 100), ctx.locale) })),
      ...paceLines(data.pace, date).map((line) => h('li', {}, t(line.key, line.values)))),
    h('h3', {}, t('home.next_up')),
    data.next_up.length
      ? h('ol', { id: 'next-up' }, ...data.next_up.map((item) => {
        const line = nextUpLine(item, date, certName);
        return h('li', {}, t(line.key, line.values));
      }))
      : h('p', { class: 'muted' }, t('home.nothing_next')),
    data.applications_by_stage.length
      ? h('p', { id: 'applications-summary' }, t('home.applications'), ' ', data.applications_by_stage.map(([stage, n]) => `${t(`progress.stage.${stage}`)}: ${n}`).join(' · '))
      : null,
    data.spending ? h('p', { id: 'spending' }, data.spending.budget_minor == null
      ? t('home.spent', { spent: formatMoney(data.spending.spent_minor, data.spending.currency) })
      : t('home.spent_of', { spent: formatMoney(data.spending.spent_minor, data.spending.currency), budget: formatMoney(data.spending.budget_minor, data.spending.currency) })) : null,
    data.charts ? charts(data, t) : null,
  ];
}

/** The two progress charts, or, on day one, what each will show once there is something to draw. */
function charts(data, t) {
  const empty = emptyCharts(data);
  const emptyState = (key, id) => h('div', { class: 'chart-card empty-state chart-empty', id }, h('p', {}, t(key)));
  return h('div', { class: 'dashboard-charts' },
    empty.weekly ? emptyState('home.chart.weekly_empty', 'weekly-empty')
      : picture(data.charts.weekly, t('home.chart.weekly_text', { hours: data.pace.hours_this_week }), t),
    empty.cumulative ? emptyState('home.chart.cumulative_empty', 'cumulative-empty')
      : picture(data.charts.cumulative, t('home.chart.cumulative_text', { logged: data.hours_logged }), t));
}
