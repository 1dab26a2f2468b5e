// Roadmap: the active plan on the user's week. The timeline is the core's
// SVG; beside it, the same milestones as a list (for keyboards and screen
// readers) where each can be edited in place, moved, added or deleted.
// Scenarios: switch, save as new, compare two side by side.

import { confirmDialog } from '../confirm.js';
import { h, replaceChildren, svgFromText } from '../dom.js';
import { describeError } from '../errors.js';
import { formatDate, formatMoney } from '../format.js';
import { PHASES, STATUSES, ZOOMS, compareRoute, compareRows, hoursText, lengthAdvice, parseRoute, paybackCell, savedZoom, timelineWords } from '../plan-model.js';
import { sourceBadge } from '../provenance.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const route = parseRoute(location.hash);
  const body = h('div', { id: 'plan-body' }, h('p', { class: 'muted' }, t('data.loading')));
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('plan.title')), h('p', { class: 'lead' }, t('plan.lead')), body);
  const view = { zoom: savedZoom(), editing: null };
  const draw = async () => {
    try {
      const [state, data] = await Promise.all([
        ctx.bridge.planState(view.zoom, timelineWords(t, ctx.locale)),
        ctx.bridge.exploreCatalog(),
      ]);
      const page = route.page === 'compare' ? comparePage : state.view ? roadmapPage : emptyPage;
      replaceChildren(body, ...page(route, state, data, { ...ctx, redraw: draw, view }));
      if (view.focus) {
        body.querySelector(view.focus)?.focus();
        view.focus = null;
      }
    } catch (error) {
      replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t)));
    }
  };
  draw();
  return {};
}

const roleTitle = (data) => (id) => data.catalog.roles.find((r) => r.id === id)?.title ?? id;

/**
 * Runs a change, shows its failure (which names the field), and draws again.
 * @param {any} ctx @param {() => Promise<unknown>} work
 * @param {{message?: string, errorTarget?: HTMLElement}} [options]
 */
async function change(ctx, work, { message, errorTarget } = {}) {
  try {
    await work();
    if (message) ctx.toast(message);
    await ctx.redraw();
    return true;
  } catch (error) {
    // A plan rule's sentence names its field already ("Hours must be …").
    const text = error.code === 'plan.invalid' ? error.message : describeError(error, ctx.t);
    if (errorTarget) {
      errorTarget.textContent = text;
      errorTarget.hidden = false;
    } else {
      ctx.toast(text, { kind: 'error' });
    }
    return false;
  }
}

// ---- no plan yet ---------------------------------------------------------------

function emptyPage(_route, state, data, ctx) {
  const { t } = ctx;
  if (!state.can_build) {
    return [h('div', { class: 'empty-state card', id: 'plan-empty' },
      h('p', {}, t('plan.no_target')),
      h('p', {}, h('a', { class: 'button', href: '#/assess' }, t('plan.go_assess')), ' ', h('a', { class: 'button secondary', href: '#/explore' }, t('plan.go_explore'))))];
  }
  const nameInput = h('input', { id: 'plan-name', type: 'text', value: t('plan.default_name'), autocomplete: 'off', maxlength: '80' });
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  return [h('form', { class: 'card', id: 'plan-build', onsubmit: (event) => {
    event.preventDefault();
    change(ctx, () => ctx.bridge.createPlan(nameInput.value), { message: t('plan.built'), errorTarget: error });
  } },
  h('h2', {}, t('plan.build_title')),
  h('p', {}, t('plan.build_text')),
  h('div', { class: 'field' }, h('label', { for: 'plan-name' }, t('plan.name')), nameInput, error),
  h('button', { type: 'submit', class: 'button' }, t('plan.build')))];
}

// ---- the roadmap ----------------------------------------------------------------

function roadmapPage(_route, state, data, ctx) {
  const { t } = ctx;
  const plan = state.view.plan;
  return [
    scenarioBar(state, ctx),
    summaryCard(state.view, data, ctx),
    state.view.problem ? null : timelineCard(state, ctx),
    milestoneList(state.view, data, ctx),
    addForm(plan, ctx),
    planSettings(plan, ctx),
  ];
}

function scenarioBar(state, ctx) {
  const { t } = ctx;
  const plan = state.view.plan;
  const select = h('select', { id: 'plan-scenario', onchange: (event) => change(ctx, () => ctx.bridge.activatePlan(/** @type {HTMLSelectElement} */ (event.target).value)) },
    ...state.plans.map((p) => h('option', { value: p.id, selected: p.active }, p.name)));
  const saveAs = h('details', { class: 'save-as' }, h('summary', { class: 'button secondary' }, t('plan.save_as')),
    scenarioForm(plan, ctx));
  const rename = h('details', { class: 'save-as rename-plan' }, h('summary', { class: 'button secondary' }, t('plan.rename')),
    renameForm(plan, ctx));
  const others = state.plans.filter((p) => !p.active);
  return h('section', { class: 'scenario-bar', 'aria-label': t('plan.scenarios') },
    h('div', { class: 'field inline-field' }, h('label', { for: 'plan-scenario' }, t('plan.scenario')), select),
    saveAs,
    rename,
    others.length ? h('a', { class: 'button quiet', href: compareRoute([plan.id, others[0].id]) }, t('plan.compare')) : null,
    h('button', { type: 'button', class: 'button secondary', id: 'export-calendar', onclick: async () => {
      try {
        const written = await ctx.bridge.exportCalendar({ title: t('plan.calendar_title'), filter_name: t('plan.calendar_filter') });
        if (written) ctx.toast(t('plan.calendar_saved', { path: written.path }));
      } catch (error) {
        ctx.toast(describeError(error, t), { kind: 'error' });
      }
    } }, t('plan.calendar')),
    h('a', { class: 'button secondary', href: '#/document', id: 'plan-on-paper' }, t('plan.on_paper')),
    h('button', { type: 'button', class: 'button quiet', onclick: async () => {
      const sure = await confirmDialog({ title: t('plan.delete_title', { name: plan.name }), body: [t('plan.delete_text')], confirm: t('plan.delete'), cancel: t('common.cancel'), danger: true });
      if (sure) change(ctx, () => ctx.bridge.deletePlan(plan.id), { message: t('plan.deleted') });
    } }, t('plan.delete')));
}

function scenarioForm(plan, ctx) {
  const { t } = ctx;
  const input = h('input', { id: 'scenario-name', type: 'text', autocomplete: 'off', maxlength: '80', value: t('plan.copy_name', { name: plan.name }) });
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  return h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    change(ctx, () => ctx.bridge.duplicatePlan(plan.id, input.value), { message: t('plan.saved_as', { name: input.value }), errorTarget: error });
  } }, h('div', { class: 'field' }, h('label', { for: 'scenario-name' }, t('plan.scenario_name')), input, error),
  h('button', { type: 'submit', class: 'button' }, t('plan.save_scenario')));
}

// Scenarios need names a person tells apart ("With Security+", "Without").
function renameForm(plan, ctx) {
  const { t } = ctx;
  const input = h('input', { id: 'rename-name', type: 'text', autocomplete: 'off', maxlength: '80', value: plan.name });
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  return h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    change(ctx, () => ctx.bridge.renamePlan(plan.id, input.value), { message: t('plan.renamed', { name: input.value }), errorTarget: error });
  } }, h('div', { class: 'field' }, h('label', { for: 'rename-name' }, t('plan.rename_label')), input, error),
  h('button', { type: 'submit', class: 'button' }, t('plan.rename_save')));
}

function summaryCard(view, data, ctx) {
  const { t } = ctx;
  const date = (d) => (d ? formatDate(d, ctx.locale) : t('common.not_given'));
  const role = view.plan.target_role ? roleTitle(data)(view.plan.target_role) : t('common.not_given');
  const advice = lengthAdvice(view.length, roleTitle(data));
  const certName = (id) => data.catalog.certifications.find((c) => c.id === id)?.name ?? id;
  return h('section', { class: 'card', id: 'plan-summary', 'aria-labelledby': 'plan-summary-title' },
    h('h2', { id: 'plan-summary-title' }, t('plan.summary', { role })),
    view.problem
      ? h('p', { class: 'notice', id: 'plan-problem' }, t(`plan.problem.${view.problem.code.replace('plan.', '')}`), ' ', h('a', { href: '#/settings' }, t('plan.open_settings')))
      : h('dl', { class: 'facts' },
        h('dt', {}, t('plan.starts')), h('dd', { id: 'plan-start' }, date(view.start)),
        h('dt', {}, t('plan.finishes')), h('dd', { id: 'plan-finish' }, date(view.finish)),
        h('dt', {}, t('plan.length')), h('dd', {}, view.length ? t('plan.months', { months: view.length.months }) : '—'),
        h('dt', {}, t('plan.total_hours')), h('dd', { id: 'plan-hours' }, t('plan.hours', { hours: hoursText(view.total_hours_hundredths, ctx.locale) }))),
    advice.length ? h('div', { class: 'notice', id: 'plan-length' }, ...advice.map((a) => h('p', {}, t(a.key, a.values)))) : null,
    ...view.warnings.map((w) => h('p', { class: 'notice error', role: 'note' },
      t('plan.warning.retired', { cert: certName(w.certification), date: w.retires, exam: formatDate(w.exam, ctx.locale) }))));
}

function timelineCard(state, ctx) {
  const { t } = ctx;
  const zooms = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': t('plan.zoom') }, ...ZOOMS.map((zoom) => {
    const id = `zoom-${zoom}`;
    return [h('input', { type: 'radio', name: 'zoom', id, value: zoom, checked: ctx.view.zoom === zoom, onchange: () => {
      ctx.view.zoom = zoom;
      localStorage.setItem('pathway.zoom', zoom);
      ctx.view.focus = `#${id}`;
      ctx.redraw();
    } }), h('label', { for: id }, t(`plan.zoom.${zoom}`))];
  }));
  const scroller = h('div', { class: 'timeline-scroll', id: 'timeline', tabindex: '0', 'aria-label': t('plan.timeline_scroll') });
  try {
    scroller.append(svgFromText(state.timeline_svg));
  } catch (error) {
    scroller.append(h('p', { class: 'notice error' }, describeError(error, t)));
  }
  scroller.addEventListener('click', (event) => {
    const row = event.target instanceof Element ? event.target.closest('[data-id]') : null;
    if (!row) return;
    ctx.view.editing = row.getAttribute('data-id');
    ctx.view.focus = '#edit-title';
    ctx.redraw();
  });
  return h('section', { class: 'card timeline-card', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'timeline-title' }, t('plan.timeline')), zooms),
    h('p', { class: 'muted' }, t('plan.timeline_hint')),
    scroller,
    legend(t));
}

function legend(t) {
  return h('ul', { class: 'timeline-legend', 'aria-label': t('plan.legend') },
    ...PHASES.map((phase) => h('li', {}, h('span', { class: `swatch phase-${phase}`, 'aria-hidden': 'true' }), t(`plan.phase.${phase}`))),
    h('li', {}, h('span', { class: 'swatch exam', 'aria-hidden': 'true' }), t('plan.exam')),
    h('li', {}, h('span', { class: 'swatch today', 'aria-hidden': 'true' }), t('plan.today')));
}

function milestoneList(view, data, ctx) {
  const { t } = ctx;
  const plan = view.plan;
  const items = plan.milestones.map((m, i) => {
    const placed = view.placed[i];
    const dates = placed?.start ? t('plan.dates', { start: formatDate(placed.start, ctx.locale), end: formatDate(placed.end, ctx.locale) }) : t('plan.no_dates');
    const exam = placed?.exam_date ? t('plan.exam_on', { date: formatDate(placed.exam_date, ctx.locale) }) : null;
    const move = (offset, key, disabled) => h('button', { type: 'button', class: 'button quiet small', disabled,
      'aria-label': t(key, { title: m.title }), onclick: () => {
        ctx.view.focus = `#edit-${m.id}`;
        change(ctx, () => ctx.bridge.moveMilestone(plan.id, m.id, offset));
      } }, offset < 0 ? '↑' : '↓');
    return h('li', { class: `milestone status-${m.status}`, 'data-milestone': m.id },
      h('div', { class: 'milestone-head' },
        h('span', { class: `swatch phase-${m.phase}`, 'aria-hidden': 'true' }),
        h('span', { class: 'milestone-title' }, m.title),
        h('span', { class: `badge status-${m.status}` }, t(`plan.status.${m.status}`))),
      h('p', { class: 'muted milestone-meta' }, [t(`plan.phase.${m.phase}`), t('plan.hours', { hours: hoursText(m.hours_hundredths, ctx.locale) }), dates, exam,
        m.status === 'doing' && m.started_on ? t('plan.started_on', { date: formatDate(m.started_on, ctx.locale) }) : null,
        m.status === 'done' && m.done_end ? t('plan.done_on', { date: formatDate(m.done_end, ctx.locale) }) : null,
        m.parallel ? t('plan.parallel') : null].filter(Boolean).join(' · ')),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button secondary small', id: `edit-${m.id}`, 'aria-expanded': String(ctx.view.editing === m.id),
          onclick: () => { ctx.view.editing = ctx.view.editing === m.id ? null : m.id; ctx.view.focus = ctx.view.editing ? '#edit-title' : `#edit-${m.id}`; ctx.redraw(); } },
        t('plan.edit', { title: m.title })),
        move(-1, 'plan.move_up', i === 0), move(1, 'plan.move_down', i === plan.milestones.length - 1)),
      ctx.view.editing === m.id ? editor(plan, m, ctx) : null);
  });
  return h('section', { class: 'card', 'aria-labelledby': 'milestones-title' },
    h('h2', { id: 'milestones-title' }, t('plan.milestones')),
    h('ol', { class: 'milestone-list', id: 'milestone-list' }, ...items));
}

function editor(plan, m, ctx) {
  const { t } = ctx;
  const field = (id, labelKey, control, hint) => h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), hint, control);
  const title = h('input', { id: 'edit-title', type: 'text', value: m.title, maxlength: '200', autocomplete: 'off' });
  const hours = h('input', { id: 'edit-hours', type: 'text', inputmode: 'decimal', value: String(m.hours_hundredths / 100), autocomplete: 'off', 'aria-describedby': 'edit-hours-basis' });
  const status = h('select', { id: 'edit-status' }, ...STATUSES.map((s) => h('option', { value: s, selected: m.status === s }, t(`plan.status.${s}`))));
  const notes = h('textarea', { id: 'edit-notes', rows: '4', maxlength: '10000' });
  notes.value = m.notes;
  const links = h('textarea', { id: 'edit-links', rows: '3', 'aria-describedby': 'edit-links-hint' });
  links.value = m.links.join('\n');
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert', id: 'edit-error' });
  const save = (event) => {
    event.preventDefault();
    const edit = { title: title.value, hours: hours.value, status: status.value, notes: notes.value, links: links.value };
    ctx.view.focus = `#edit-${m.id}`;
    change(ctx, async () => { await ctx.bridge.editMilestone(plan.id, m.id, edit); ctx.view.editing = null; },
      { message: t('plan.milestone_saved'), errorTarget: error });
  };
  const remove = async () => {
    const sure = await confirmDialog({ title: t('plan.delete_milestone_title', { title: m.title }), body: [t('plan.delete_milestone_text')], confirm: t('plan.delete_milestone'), cancel: t('common.cancel'), danger: true });
    if (sure) change(ctx, () => ctx.bridge.deleteMilestone(plan.id, m.id), { message: t('plan.milestone_deleted') });
  };
  return h('form', { class: 'milestone-editor', id: 'milestone-editor', onsubmit: save, 'aria-label': t('plan.editing', { title: m.title }) },
    field('edit-title', 'plan.field.title', title),
    field('edit-hours', 'plan.field.hours', hours, h('p', { class: 'provenance', id: 'edit-hours-basis' }, sourceBadge(m.hours_basis, ctx))),
    field('edit-status', 'plan.field.status', status),
    field('edit-notes', 'plan.field.notes', notes),
    field('edit-links', 'plan.field.links', links, h('p', { class: 'field-hint', id: 'edit-links-hint' }, t('plan.field.links_hint'))),
    error,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button' }, t('plan.save_milestone')),
      h('button', { type: 'button', class: 'button secondary', onclick: () => { ctx.view.editing = null; ctx.view.focus = `#edit-${m.id}`; ctx.redraw(); } }, t('common.cancel')),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'button quiet', onclick: remove }, t('plan.delete_milestone'))));
}

function addForm(plan, ctx) {
  const { t } = ctx;
  const title = h('input', { id: 'new-title', type: 'text', maxlength: '200', autocomplete: 'off' });
  const hours = h('input', { id: 'new-hours', type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const phase = h('select', { id: 'new-phase' }, ...PHASES.map((p) => h('option', { value: p }, t(`plan.phase.${p}`))));
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  return h('details', { class: 'card add-milestone' }, h('summary', {}, t('plan.add')),
    h('form', { onsubmit: (event) => {
      event.preventDefault();
      change(ctx, () => ctx.bridge.addMilestone(plan.id, { title: title.value, hours: hours.value, phase: phase.value }), { message: t('plan.added'), errorTarget: error });
    } },
    h('div', { class: 'field' }, h('label', { for: 'new-title' }, t('plan.field.title')), title),
    h('div', { class: 'field' }, h('label', { for: 'new-hours' }, t('plan.field.hours')), hours),
    h('div', { class: 'field' }, h('label', { for: 'new-phase' }, t('plan.field.phase')), phase),
    error,
    h('button', { type: 'submit', class: 'button' }, t('plan.add_button'))));
}

function planSettings(plan, ctx) {
  const { t } = ctx;
  const share = h('input', { id: 'parallel-share', type: 'text', inputmode: 'numeric', value: String(plan.parallel_share_pct), autocomplete: 'off', 'aria-describedby': 'parallel-share-hint' });
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  return h('details', { class: 'card plan-settings' }, h('summary', {}, t('plan.settings')),
    h('form', { onsubmit: (event) => {
      event.preventDefault();
      change(ctx, () => ctx.bridge.setParallelShare(plan.id, share.value), { message: t('plan.share_saved'), errorTarget: error });
    } },
    h('div', { class: 'field' }, h('label', { for: 'parallel-share' }, t('plan.share')),
      h('p', { class: 'field-hint', id: 'parallel-share-hint' }, t('plan.share_hint')), share, error),
    h('button', { type: 'submit', class: 'button secondary' }, t('plan.share_save')),
    h('p', { class: 'muted' }, t('plan.week_from_settings'), ' ', h('a', { href: '#/settings' }, t('plan.open_settings')))));
}

// ---- compare ------------------------------------------------------------------

function comparePage(route, state, data, ctx) {
  const { t } = ctx;
  const pick = (i) => state.plans.find((p) => p.id === route.ids[i]) ?? state.plans[i];
  const plans = [pick(0), pick(1)].filter(Boolean);
  if (plans.length < 2) return [h('p', {}, h('a', { href: '#/plan' }, `← ${t('plan.back')}`)), h('p', { class: 'empty-state' }, t('plan.compare_needs_two'))];
  const chooser = (i) => h('select', { id: `compare-${i}`, 'aria-label': t('plan.compare_which', { n: i + 1 }), onchange: (event) => {
    const ids = plans.map((p) => p.id);
    ids[i] = /** @type {HTMLSelectElement} */ (event.target).value;
    location.hash = compareRoute(ids);
  } }, ...state.plans.map((p) => h('option', { value: p.id, selected: p.id === plans[i].id }, p.name)));
  const cell = (key, value) => {
    if (value == null) return t('common.not_given');
    if (key === 'plan.compare.months') return t('plan.months', { months: value });
    if (key === 'plan.compare.finish') return formatDate(value, ctx.locale);
    if (key === 'plan.compare.hours') return t('plan.hours', { hours: hoursText(value, ctx.locale) });
    if (key === 'plan.compare.cost' || key === 'plan.compare.renewals' || key === 'plan.compare.npv') return formatMoney(value.minor, value.currency);
    if (key === 'plan.compare.payback') {
      const line = paybackCell(value);
      return t(line.key, line.values);
    }
    return t('assess.fit_of', { fit: value });
  };
  return [
    h('p', {}, h('a', { href: '#/plan' }, `← ${t('plan.back')}`)),
    h('h2', {}, t('plan.compare_title')),
    h('table', { class: 'table compare-table', id: 'plan-compare' },
      h('thead', {}, h('tr', {}, h('td', {}), ...plans.map((_, i) => h('th', { scope: 'col' }, chooser(i))))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, t('plan.compare.role')), ...plans.map((p) => h('td', {}, p.target_role ? roleTitle(data)(p.target_role) : t('common.not_given')))),
        ...compareRows(plans).map((row) => h('tr', {}, h('th', { scope: 'row' }, t(row.key)), ...row.cells.map((value) => h('td', { class: 'numeric' }, cell(row.key, value))))))),
  ];
}
