// Progress: log the work as it happens. The study timer (it keeps running
// while the app is closed), study sessions, job applications and their
// stages, certification attempts, portfolio projects and networking. Every
// record can be deleted, and the last delete undone.

import { confirmDialog } from '../confirm.js';
import { picker } from '../picker.js';
import { h, replaceChildren } from '../dom.js';
import { describeError } from '../errors.js';
import { formatDate, formatDateTime, formatMoney } from '../format.js';
import { STAGES, minutesText, todayIso, withoutEmpty } from '../progress-model.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const body = h('div', { id: 'progress-body' }, h('p', { class: 'muted' }, t('data.loading')));
  const undoBar = h('div', { class: 'undo-bar', id: 'undo-bar', role: 'status', hidden: true });
  replaceChildren(container, h('h1', { tabindex: '-1' }, t('progress.title')), h('p', { class: 'lead' }, t('progress.lead')), undoBar, body);
  const state = { focus: null, editing: null };
  const draw = async () => {
    try {
      // The records carry the active plan: no timeline or money figures are computed just for a list of milestones.
      const [records, data] = await Promise.all([ctx.bridge.progressRecords(), ctx.bridge.exploreCatalog()]);
      const view = {
        ...ctx, records, catalog: data.catalog, plan: records.plan, redraw: draw,
        undo: (record) => offerUndo(undoBar, record, { ...ctx, redraw: draw }),
        editing: state.editing,
        // Editing fills the kind's form with the record; saving or cancelling empties it.
        edit: (kind, record, focus) => { state.editing = record ? { kind, record } : null; state.focus = focus; draw(); },
      };
      replaceChildren(body, timerCard(view), sessionForm(view), sessionList(view), applicationsCard(view), attemptsCard(view), projectsCard(view), contactsCard(view));
      if (state.focus) body.querySelector(state.focus)?.focus();
      state.focus = null;
    } catch (error) {
      replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t)));
    }
  };
  draw();
  // Quick entry: the cursor goes to the session form, now or once it is drawn.
  return { onAction: (action) => {
    if (action !== 'log') return;
    const minutes = /** @type {HTMLElement|null} */ (body.querySelector('#session-hours'));
    if (minutes) minutes.focus();
    else state.focus = '#session-hours';
  } };
}

/** Minor units as the plain text the cost field reads back ("1234.50"), without floats. */
const minorText = (minor) => `${Math.trunc(minor / 100)}.${String(Math.abs(minor % 100)).padStart(2, '0')}`;

/** Saves a record; a refusal is shown beside the form, naming the field. */
async function save(ctx, record, errorBox, message, typed = {}) {
  try {
    await ctx.bridge.saveProgressRecord(record, typed);
    ctx.toast(message);
    if (ctx.editing) ctx.edit(null);
    else await ctx.redraw();
    return true;
  } catch (error) {
    // A record field's label, where the form's own label would mislead
    // (`minutes` is typed as hours and minutes) the error's own first.
    const labelOf = (field) => [`progress.error_field.${field}`, `progress.field.${field}`]
      .map((key) => [key, ctx.t(key, { currency: ctx.profile?.summary.profile.currency ?? 'PHP' })]).find(([key, label]) => label !== key)?.[1] ?? null;
    errorBox.textContent = describeError(error, ctx.t, labelOf);
    errorBox.hidden = false;
    return false;
  }
}

async function remove(ctx, kind, id) {
  try {
    const removed = await ctx.bridge.deleteProgressRecord(kind, id);
    await ctx.redraw();
    ctx.undo(removed);
  } catch (error) {
    ctx.toast(describeError(error, ctx.t), { kind: 'error' });
  }
}

/** After a delete: one button brings the record back, until the next delete. */
function offerUndo(bar, record, ctx) {
  const { t } = ctx;
  replaceChildren(bar, h('span', {}, t('progress.deleted')), ' ',
    h('button', { type: 'button', class: 'button secondary small', id: 'undo-delete', onclick: async () => {
      bar.hidden = true;
      try {
        await ctx.bridge.saveProgressRecord(record);
        ctx.toast(t('progress.restored'));
        await ctx.redraw();
      } catch (error) {
        ctx.toast(describeError(error, t), { kind: 'error' });
      }
    } }, t('progress.undo')));
  bar.hidden = false;
}

const field = (id, label, control, hint) => h('div', { class: 'field' }, h('label', { for: id }, label), hint ?? null, control);
const errorBox = () => h('p', { class: 'field-error', hidden: true, role: 'alert' });
const value = (form, id) => form.querySelector(`#${id}`).value;
const skillName = (ctx, id) => (id ? ctx.catalog.skills.find((skill) => skill.id === id)?.name ?? id : null);

/** The record being edited in this kind's form, if any. */
const editingOf = (ctx, kind) => (ctx.editing?.kind === kind ? ctx.editing.record : null);
const editButton = (ctx, kind, record, name, focus) => h('button', { type: 'button', class: 'button quiet small', 'aria-label': ctx.t('progress.edit_named', { name }),
  onclick: () => ctx.edit(kind, record, focus) }, ctx.t('progress.edit'));
/** The form's buttons: add, or save changes and cancel while editing. */
const formButtons = (ctx, kind, addKey) => [h('div', { class: 'button-row' }, ...(editingOf(ctx, kind)
  ? [h('button', { type: 'submit', class: 'button' }, ctx.t('progress.save_changes')), h('button', { type: 'button', class: 'button secondary', onclick: () => ctx.edit(null) }, ctx.t('common.cancel'))]
  : [h('button', { type: 'submit', class: 'button' }, ctx.t(addKey))]))];
const deleteButton = (ctx, kind, id, name) => h('button', { type: 'button', class: 'button quiet small', 'aria-label': ctx.t('progress.delete_named', { name }),
  onclick: () => remove(ctx, kind, id) }, ctx.t('progress.delete'));

function milestoneOptions(ctx, selected = null) {
  const milestones = ctx.plan?.milestones ?? [];
  return [h('option', { value: '' }, ctx.t('progress.no_milestone')),
    ...milestones.map((m) => h('option', { value: m.id, selected: m.id === selected }, m.title))];
}

// ---- timer ------------------------------------------------------------------------

function timerCard(ctx) {
  const { t } = ctx;
  const timer = ctx.records.timer;
  if (timer) {
    const minutes = Math.max(1, Math.floor((Date.now() - Date.parse(timer.started_at)) / 60000));
    const milestone = ctx.plan?.milestones.find((m) => m.id === timer.milestone_id);
    return h('section', { class: 'card timer-card running', id: 'timer', 'aria-labelledby': 'timer-title' },
      h('h2', { id: 'timer-title' }, t('progress.timer.running')),
      h('p', { class: 'big-figure', id: 'timer-elapsed' }, minutesText(minutes, t)),
      h('p', { class: 'muted' }, t('progress.timer.since', { time: formatDateTime(timer.started_at, ctx.locale) }), milestone ? ` · ${milestone.title}` : ''),
      h('button', { type: 'button', class: 'button', onclick: async () => {
        try {
          const session = await ctx.bridge.stopTimer();
          ctx.toast(t('progress.timer.logged', { time: minutesText(session.minutes, t) }));
          await ctx.redraw();
        } catch (error) {
          ctx.toast(describeError(error, t), { kind: 'error' });
        }
      } }, t('progress.timer.stop')),
      h('button', { type: 'button', class: 'button quiet', id: 'timer-discard', onclick: async () => {
        const sure = await confirmDialog({ title: t('progress.timer.discard_title'), body: [t('progress.timer.discard_text')], confirm: t('progress.timer.discard'), cancel: t('common.cancel'), danger: true });
        if (!sure) return;
        try {
          await ctx.bridge.discardTimer();
          ctx.toast(t('progress.timer.discarded'));
          await ctx.redraw();
        } catch (error) {
          ctx.toast(describeError(error, t), { kind: 'error' });
        }
      } }, t('progress.timer.discard')));
  }
  const select = h('select', { id: 'timer-milestone' }, ...milestoneOptions(ctx));
  return h('section', { class: 'card timer-card', id: 'timer', 'aria-labelledby': 'timer-title' },
    h('h2', { id: 'timer-title' }, t('progress.timer.title')),
    h('p', { class: 'muted' }, t('progress.timer.hint')),
    field('timer-milestone', t('progress.field.milestone'), select),
    h('button', { type: 'button', class: 'button', onclick: async () => {
      try {
        await ctx.bridge.startTimer(ctx.plan && select.value ? ctx.plan.id : null, select.value || null);
        await ctx.redraw();
      } catch (error) {
        ctx.toast(describeError(error, t), { kind: 'error' });
      }
    } }, t('progress.timer.start')));
}

// ---- sessions ---------------------------------------------------------------------

function sessionForm(ctx) {
  const { t } = ctx;
  const error = errorBox();
  const editing = editingOf(ctx, 'session');
  const form = h('form', { class: 'card', id: 'session-form', onsubmit: (event) => {
    event.preventDefault();
    const milestone = value(form, 'session-milestone');
    // The time goes as typed; the core reads hours and minutes by one rule.
    const typed = { hours: value(form, 'session-hours'), minutes: value(form, 'session-minutes') };
    const record = { id: editing?.id ?? '', date: value(form, 'session-date'), minutes: 0,
      plan_id: milestone && ctx.plan ? ctx.plan.id : null, milestone_id: milestone || null, skill: value(form, 'session-skill') || null, note: value(form, 'session-note') };
    save(ctx, { kind: 'session', record }, error, t('progress.session.saved'), typed);
  } },
  h('h2', {}, t(editing ? 'progress.session.edit_title' : 'progress.session.title')),
  h('div', { class: 'inline-fields' },
    field('session-date', t('progress.field.date'), h('input', { id: 'session-date', type: 'date', value: editing?.date ?? todayIso(), required: true })),
    field('session-hours', t('progress.field.hours'), h('input', { id: 'session-hours', type: 'text', inputmode: 'decimal', value: String(editing ? Math.floor(editing.minutes / 60) : 0), autocomplete: 'off' })),
    field('session-minutes', t('progress.field.minutes'), h('input', { id: 'session-minutes', type: 'text', inputmode: 'numeric', value: editing ? String(editing.minutes % 60) : '', autocomplete: 'off' }))),
  field('session-milestone', t('progress.field.milestone'), h('select', { id: 'session-milestone' }, ...milestoneOptions(ctx, editing?.milestone_id))),
  field('session-skill', t('progress.field.skill'), h('select', { id: 'session-skill' }, h('option', { value: '' }, t('progress.no_skill')),
    ...ctx.catalog.skills.map((skill) => h('option', { value: skill.id, selected: editing?.skill === skill.id }, skill.name)))),
  field('session-note', t('progress.field.note'), h('input', { id: 'session-note', type: 'text', autocomplete: 'off', maxlength: '5000', value: editing?.note ?? '' })),
  error,
  h('div', { class: 'button-row' }, ...formButtons(ctx, 'session', 'progress.session.save')));
  return form;
}

function sessionList(ctx) {
  const { t } = ctx;
  const sessions = ctx.records.sessions.slice(0, 20);
  const milestoneTitle = (id) => ctx.plan?.milestones.find((m) => m.id === id)?.title;
  return h('section', { class: 'card', 'aria-labelledby': 'sessions-title' },
    h('h2', { id: 'sessions-title' }, t('progress.session.list', { count: ctx.records.sessions.length })),
    sessions.length ? h('ul', { class: 'record-list', id: 'session-list' }, ...sessions.map((s) => h('li', {},
      h('span', {}, withoutEmpty([formatDate(s.date, ctx.locale), minutesText(s.minutes, t), milestoneTitle(s.milestone_id), skillName(ctx, s.skill), s.note]).join(' · ')),
      h('span', { class: 'button-row' }, editButton(ctx, 'session', s, formatDate(s.date, ctx.locale), '#session-hours'),
        deleteButton(ctx, 'session', s.id, formatDate(s.date, ctx.locale))))))
      : h('p', { class: 'muted' }, t('progress.session.none')));
}

// ---- applications -----------------------------------------------------------------

function applicationsCard(ctx) {
  const { t } = ctx;
  const error = errorBox();
  const editing = editingOf(ctx, 'application');
  const form = h('form', { class: 'inline-form', id: 'application-form', onsubmit: (event) => {
    event.preventDefault();
    const date = value(form, 'app-date');
    const record = { id: editing?.id ?? '', company: value(form, 'app-company'), role: value(form, 'app-role'), applied_on: date,
      history: editing ? editing.history : [{ stage: 'applied', date }], next_action: value(form, 'app-next'), next_action_date: value(form, 'app-next-date') || null };
    save(ctx, { kind: 'application', record }, error, t('progress.application.saved'));
  } },
  field('app-company', t('progress.field.company'), h('input', { id: 'app-company', type: 'text', autocomplete: 'off', value: editing?.company ?? '' })),
  field('app-role', t('progress.field.role'), h('input', { id: 'app-role', type: 'text', autocomplete: 'off', value: editing?.role ?? '' })),
  field('app-date', t('progress.field.applied_on'), h('input', { id: 'app-date', type: 'date', value: editing?.applied_on ?? todayIso() })),
  field('app-next', t('progress.field.next_action'), h('input', { id: 'app-next', type: 'text', autocomplete: 'off', value: editing?.next_action ?? '' })),
  field('app-next-date', t('progress.field.next_action_date'), h('input', { id: 'app-next-date', type: 'date', value: editing?.next_action_date ?? '' })),
  ...formButtons(ctx, 'application', 'progress.application.add'), error);
  const list = ctx.records.applications.map((a) => applicationItem(a, ctx));
  return h('section', { class: 'card', 'aria-labelledby': 'applications-title' },
    h('h2', { id: 'applications-title' }, t('progress.application.title')), form,
    list.length ? h('ul', { class: 'record-list', id: 'application-list' }, ...list) : h('p', { class: 'muted' }, t('progress.application.none')));
}

function applicationItem(a, ctx) {
  const { t } = ctx;
  const current = a.history[a.history.length - 1]?.stage ?? 'applied';
  const stageSelect = h('select', { id: `stage-${a.id}`, 'aria-label': t('progress.application.move_to', { company: a.company }) },
    ...STAGES.map((s) => h('option', { value: s, selected: s === current }, t(`progress.stage.${s}`))));
  const date = h('input', { type: 'date', value: todayIso(), 'aria-label': t('progress.application.move_date', { company: a.company }) });
  const error = errorBox();
  return h('li', { class: 'application', 'data-application': a.id },
    h('div', { class: 'record-head' }, h('strong', {}, `${a.company} · ${a.role}`), ' ',
      h('span', { class: `badge stage-${current}` }, t(`progress.stage.${current}`))),
    h('p', { class: 'muted' }, a.history.map((c) => `${t(`progress.stage.${c.stage}`)} ${formatDate(c.date, ctx.locale)}`).join(' → ')),
    a.next_action ? h('p', {}, t('progress.application.next', { action: a.next_action, date: a.next_action_date ? formatDate(a.next_action_date, ctx.locale) : '—' })) : null,
    h('div', { class: 'button-row centered' }, stageSelect, date,
      h('button', { type: 'button', class: 'button secondary small', onclick: async () => {
        try {
          await ctx.bridge.moveApplication(a.id, stageSelect.value, date.value);
          ctx.toast(t('progress.application.moved', { stage: t(`progress.stage.${stageSelect.value}`) }));
          await ctx.redraw();
        } catch (failure) {
          error.textContent = describeError(failure, t);
          error.hidden = false;
        }
      } }, t('progress.application.move')),
      editButton(ctx, 'application', a, a.company, '#app-company'),
      deleteButton(ctx, 'application', a.id, a.company)),
    error);
}

// ---- attempts, projects, networking ----------------------------------------------------

function attemptsCard(ctx) {
  const { t } = ctx;
  const error = errorBox();
  const editing = editingOf(ctx, 'attempt');
  const currency = ctx.profile?.summary.profile.currency ?? 'PHP';
  // 74 certifications: a list she can narrow by typing, not a clipped drop-down. The plan's come first.
  const planned = new Set(ctx.plan?.certifications ?? []);
  const certs = [...ctx.catalog.certifications].sort((a, b) => Number(planned.has(b.id)) - Number(planned.has(a.id)));
  const certPicker = picker({ id: 'attempt-cert', name: 'attempt-cert', options: certs.map((c) => ({ value: c.id, label: c.name })),
    selected: editing ? [editing.certification] : certs.slice(0, 1).map((c) => c.id), multiple: false, t });
  const form = h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    // Score and cost go as typed; the core reads them and refuses bad text by field.
    const typed = { score: value(form, 'attempt-score'), cost: value(form, 'attempt-cost') };
    const record = { id: editing?.id ?? '', certification: certPicker.value()[0] ?? '', date: value(form, 'attempt-date'), result: value(form, 'attempt-result'),
      score: null, cost_minor: null };
    save(ctx, { kind: 'attempt', record }, error, t('progress.attempt.saved'), typed);
  } },
  h('div', { class: 'field wide' }, h('label', { for: 'attempt-cert' }, t('progress.field.certification')), certPicker.element),
  field('attempt-date', t('progress.field.date'), h('input', { id: 'attempt-date', type: 'date', value: editing?.date ?? todayIso() })),
  field('attempt-result', t('progress.field.result'), h('select', { id: 'attempt-result' }, ...['pass', 'fail'].map((r) => h('option', { value: r, selected: editing?.result === r }, t(`progress.result.${r}`))))),
  field('attempt-score', t('progress.field.score'), h('input', { id: 'attempt-score', type: 'text', inputmode: 'numeric', autocomplete: 'off', value: editing?.score ?? '' })),
  field('attempt-cost', t('progress.field.cost', { currency }), h('input', { id: 'attempt-cost', type: 'text', inputmode: 'decimal', autocomplete: 'off', value: editing?.cost_minor != null ? minorText(editing.cost_minor) : '' })),
  ...formButtons(ctx, 'attempt', 'progress.attempt.add'), error);
  const name = (id) => ctx.catalog.certifications.find((c) => c.id === id)?.name ?? id;
  return h('section', { class: 'card', 'aria-labelledby': 'attempts-title' }, h('h2', { id: 'attempts-title' }, t('progress.attempt.title')),
    h('p', { class: 'muted' }, t('progress.attempt.hint')), form,
    h('ul', { class: 'record-list', id: 'attempt-list' }, ...ctx.records.attempts.map((a) => h('li', {},
      h('span', {}, withoutEmpty([name(a.certification), formatDate(a.date, ctx.locale), t(`progress.result.${a.result}`), a.score != null ? String(a.score) : null,
        a.cost_minor != null ? formatMoney(a.cost_minor, currency) : null]).join(' · ')),
      h('span', { class: 'button-row' }, editButton(ctx, 'attempt', a, name(a.certification), '#attempt-cert'), deleteButton(ctx, 'attempt', a.id, name(a.certification)))))));
}

function projectsCard(ctx) {
  const { t } = ctx;
  const error = errorBox();
  const editing = editingOf(ctx, 'project');
  // Ticked boxes, not a multiple select that needs Ctrl-click.
  const skillPicker = picker({ id: 'project-skills', name: 'project-skills', options: ctx.catalog.skills.map((s) => ({ value: s.id, label: s.name })),
    selected: editing?.skills ?? [], multiple: true, t, describedBy: 'project-skills-hint' });
  const form = h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    const skills = skillPicker.value();
    const record = { id: editing?.id ?? '', title: value(form, 'project-title'), link: value(form, 'project-link'), status: value(form, 'project-status'), skills };
    save(ctx, { kind: 'project', record }, error, t('progress.project.saved'));
  } },
  field('project-title', t('progress.field.title'), h('input', { id: 'project-title', type: 'text', autocomplete: 'off', value: editing?.title ?? '' })),
  field('project-link', t('progress.field.link'), h('input', { id: 'project-link', type: 'text', autocomplete: 'off', value: editing?.link ?? '' })),
  field('project-status', t('progress.field.status'), h('select', { id: 'project-status' }, ...['idea', 'building', 'done'].map((s) => h('option', { value: s, selected: editing?.status === s }, t(`progress.project_status.${s}`))))),
  h('div', { class: 'field wide' }, h('label', { for: 'project-skills' }, t('progress.field.skills')),
    h('p', { class: 'field-hint', id: 'project-skills-hint' }, t('progress.field.skills_hint')), skillPicker.element),
  ...formButtons(ctx, 'project', 'progress.project.add'), error);
  return h('section', { class: 'card', 'aria-labelledby': 'projects-title' }, h('h2', { id: 'projects-title' }, t('progress.project.title')), form,
    h('ul', { class: 'record-list', id: 'project-list' }, ...ctx.records.projects.map((p) => h('li', {},
      h('span', {}, withoutEmpty([p.title, t(`progress.project_status.${p.status}`), p.skills.map((id) => skillName(ctx, id)).join(', '), p.link]).join(' · ')),
      h('span', { class: 'button-row' }, editButton(ctx, 'project', p, p.title, '#project-title'), deleteButton(ctx, 'project', p.id, p.title))))));
}

function contactsCard(ctx) {
  const { t } = ctx;
  const error = errorBox();
  const editing = editingOf(ctx, 'contact');
  const form = h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    const record = { id: editing?.id ?? '', kind: value(form, 'contact-kind'), date: value(form, 'contact-date'), name: value(form, 'contact-name'),
      notes: value(form, 'contact-notes'), follow_up: value(form, 'contact-follow') || null, followed_up: editing?.followed_up ?? false };
    save(ctx, { kind: 'contact', record }, error, t('progress.contact.saved'));
  } },
  field('contact-kind', t('progress.field.kind'), h('select', { id: 'contact-kind' }, ...['event', 'contact'].map((k) => h('option', { value: k, selected: editing?.kind === k }, t(`progress.contact_kind.${k}`))))),
  field('contact-date', t('progress.field.date'), h('input', { id: 'contact-date', type: 'date', value: editing?.date ?? todayIso() })),
  field('contact-name', t('progress.field.name'), h('input', { id: 'contact-name', type: 'text', autocomplete: 'off', value: editing?.name ?? '' })),
  field('contact-notes', t('progress.field.note'), h('input', { id: 'contact-notes', type: 'text', autocomplete: 'off', value: editing?.notes ?? '' })),
  field('contact-follow', t('progress.field.follow_up'), h('input', { id: 'contact-follow', type: 'date', value: editing?.follow_up ?? '' })),
  ...formButtons(ctx, 'contact', 'progress.contact.add'), error);
  const followed = (c) => h('button', { type: 'button', class: 'button quiet small', onclick: () => save(ctx, { kind: 'contact', record: { ...c, followed_up: true } }, error, t('progress.contact.followed')) }, t('progress.contact.mark_followed'));
  return h('section', { class: 'card', 'aria-labelledby': 'contacts-title' }, h('h2', { id: 'contacts-title' }, t('progress.contact.title')), form,
    h('ul', { class: 'record-list', id: 'contact-list' }, ...ctx.records.contacts.map((c) => h('li', {},
      h('span', {}, withoutEmpty([t(`progress.contact_kind.${c.kind}`), c.name, formatDate(c.date, ctx.locale), c.notes,
        c.follow_up ? t(c.followed_up ? 'progress.contact.done' : 'progress.contact.follow_on', { date: formatDate(c.follow_up, ctx.locale) }) : null]).join(' · ')),
      h('span', { class: 'button-row' }, c.follow_up && !c.followed_up ? followed(c) : null, editButton(ctx, 'contact', c, c.name, '#contact-name'), deleteButton(ctx, 'contact', c.id, c.name))))));
}
