// Plan on paper: the personal plan as one document, from the same model the
// PDF is laid out from. Print sends this page to the system's print dialog
// (css/print.css hides the app around it); Export PDF has the core write the
// PDF, then offers to open it or show it in its folder.

import { h, replaceChildren, svgFromText } from '../dom.js';
import { describeError } from '../errors.js';
import { COST_COLUMNS, COST_LABELS, PAPERS, milestoneCells, rememberPaper, savedPaper } from '../document-model.js';

/** @param {HTMLElement} container @param {import('../main.js').ViewContext} ctx */
export function render(container, ctx) {
  const { t } = ctx;
  const body = h('div', { id: 'document-body', 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('data.loading')));
  const status = h('div', { class: 'export-status no-print', id: 'export-status', role: 'status' });
  const state = { ready: null, printing: false };
  replaceChildren(container,
    h('h1', { tabindex: '-1', class: 'no-print' }, t('document.title')),
    h('p', { class: 'lead no-print' }, t('document.lead')),
    toolbar(ctx, status, () => print(state)), status, body);
  state.ready = draw(body, ctx).then((ok) => {
    body.setAttribute('aria-busy', 'false');
    return ok;
  });
  // The macOS menu's "Print Your Plan…" opens #/document?print.
  if (location.hash.endsWith('?print')) {
    history.replaceState(null, '', '#/document');
    print(state);
  }
  return { onAction: (action) => { if (action === 'print') print(state); } };
}

/** Prints once the document is drawn (Ctrl+P may arrive before it is), and once per request. */
function print(state) {
  if (state.printing) return;
  state.printing = true;
  state.ready.then((ok) => {
    state.printing = false;
    if (ok) window.print();
  });
}

function toolbar(ctx, status, onPrint) {
  const { t } = ctx;
  const paper = h('select', { id: 'document-paper' },
    ...PAPERS.map((p) => h('option', { value: p, selected: p === savedPaper() }, t(`document.paper.${p}`))));
  paper.addEventListener('change', () => rememberPaper(paper.value));
  return h('div', { class: 'button-row doc-toolbar no-print' },
    h('label', { class: 'inline-label', for: 'document-paper' }, t('document.paper')), paper,
    h('button', { type: 'button', class: 'button', id: 'document-print', onclick: onPrint }, t('document.print')),
    h('button', { type: 'button', class: 'button secondary', id: 'document-export', onclick: () => exportPdf(ctx, paper.value, status) }, t('document.export')));
}

async function exportPdf(ctx, paper, status) {
  const { t } = ctx;
  replaceChildren(status, h('p', { class: 'muted' }, t('document.exporting')));
  try {
    const written = await ctx.bridge.exportPlanPdf({ title: t('document.export_title'), filter_name: t('document.export_filter') }, paper);
    if (!written) { replaceChildren(status); return; }
    const open = (reveal) => ctx.bridge.openLastExport(reveal).catch((error) => ctx.toast(describeError(error, t), { kind: 'error' }));
    replaceChildren(status, h('div', { class: 'notice success' },
      h('p', {}, t('document.exported', { path: written.path })),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button', id: 'document-open', onclick: () => open(false) }, t('document.open')),
        h('button', { type: 'button', class: 'button secondary', id: 'document-reveal', onclick: () => open(true) }, t('document.reveal')))));
    status.querySelector('#document-open')?.focus();
  } catch (error) {
    replaceChildren(status, h('p', { class: 'notice error' }, describeError(error, t)));
  }
}

/** Draws the document; false when there is none to print. */
async function draw(body, ctx) {
  const { t } = ctx;
  try {
    const doc = await ctx.bridge.planDocument();
    replaceChildren(body, article(doc, t));
    return true;
  } catch (error) {
    const hint = error?.code === 'report.no_plan' ? h('p', {}, h('a', { href: '#/plan' }, t('document.build_plan'))) : null;
    replaceChildren(body, h('p', { class: 'notice error' }, describeError(error, t)), hint);
    return false;
  }
}

function article(doc, t) {
  const l = doc.labels;
  // The paper keeps its words plain: no glossary links in the document.
  return h('article', { class: 'plan-document no-terms', id: 'plan-document', 'aria-label': doc.title },
    h('header', { class: 'doc-header' },
      h('p', { class: 'doc-kicker' }, l.kicker),
      h('h2', { class: 'doc-title' }, doc.title),
      facts([
        doc.header.name ? { label: l.name, value: doc.header.name } : null,
        { label: l.role, value: doc.header.role },
        { label: l.start, value: doc.header.start },
        { label: l.finish, value: doc.header.finish },
        { label: l.printed, value: doc.header.printed },
      ])),
    section(l.summary_title, doc.summary.map((sentence) => h('p', {}, sentence))),
    doc.key_figures.length ? section(l.key_figures_title, h('div', { class: 'doc-figures' }, facts(doc.key_figures))) : null,
    // The same order as the PDF: the money story's first picture on page 1, the rest after the costs.
    doc.charts.slice(0, 1).map((chart) => picture(chart, t)),
    section(l.timeline_title, doc.timelines.map((part) => picture(part, t)), 'doc-timeline'),
    section(l.milestones_title, milestoneTable(doc, l)),
    doc.certifications.length ? section(l.costs_title, costTable(doc, l)) : null,
    doc.charts.slice(1).map((chart) => picture(chart, t)),
    section(l.progress_title, facts(doc.progress)),
    section(l.sources_title, [h('p', { class: 'muted' }, l.sources_intro), sourcesTable(doc, l)]));
}

function section(title, content, className = '') {
  return h('section', { class: `doc-section ${className}`.trim() }, h('h3', {}, title), content);
}

function facts(rows) {
  return h('dl', { class: 'doc-facts' }, rows.filter(Boolean).map((r) => [h('dt', {}, r.label), h('dd', {}, r.value)]));
}

function picture(part, t) {
  try {
    return h('figure', { class: 'doc-picture' }, h('figcaption', {}, part.title), svgFromText(part.svg));
  } catch {
    return h('p', { class: 'muted' }, t('home.chart.unavailable'));
  }
}

/** A table in a box that scrolls sideways on a narrow screen rather than the page (print shows it whole). */
function table(headers, rows, className) {
  return h('div', { class: 'doc-table-wrap' }, h('table', { class: `doc-table ${className}` },
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows)));
}

function milestoneTable(doc, l) {
  const rows = doc.milestones.map((m) => {
    const c = milestoneCells(m);
    return h('tr', { class: m.done ? 'done' : '' },
      h('td', { class: 'doc-box', 'aria-label': m.status }, c.box),
      h('td', {}, h('span', { class: 'doc-milestone' }, c.title), h('span', { class: 'doc-detail' }, c.detail)),
      h('td', {}, c.start), h('td', {}, c.end), h('td', { class: 'num' }, c.hours), h('td', { class: 'doc-notes' }, c.notes));
  });
  return table([l.col_done, l.col_milestone, l.col_start, l.col_end, l.col_hours, l.col_notes], rows, 'doc-milestones');
}

function costTable(doc, l) {
  const last = doc.certifications.length - 1;
  const rows = doc.certifications.map((c, i) => h('tr', { class: i === last ? 'total' : '' },
    COST_COLUMNS.map((key, column) => h('td', { class: column ? 'num' : '' }, c[key]))));
  return table(COST_LABELS.map((key) => l[key]), rows, 'doc-costs');
}

function sourcesTable(doc, l) {
  const rows = doc.sources.map((s) => h('tr', {}, h('td', {}, s.figures), h('td', { class: 'doc-source' }, s.source), h('td', { class: 'doc-as-of' }, s.as_of)));
  return table([l.col_figures, l.col_source, l.col_as_of], rows, 'doc-sources');
}
