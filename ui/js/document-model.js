// "Plan on paper": the paper size the user chose last, and the rows of the
// document's tables, kept apart from the DOM so that they can be tested.

export const PAPERS = ['a4', 'letter'];

/** The paper chosen last, or A4. @param {Storage} [storage] */
export function savedPaper(storage = globalThis.localStorage) {
  const paper = storage?.getItem('pathway.paper');
  return PAPERS.includes(paper) ? paper : 'a4';
}

/** @param {string} paper @param {Storage} [storage] */
export function rememberPaper(paper, storage = globalThis.localStorage) {
  if (PAPERS.includes(paper)) storage?.setItem('pathway.paper', paper);
}

/**
 * A milestone as the checklist shows it: a box to tick by hand (ticked
 * when done), the title with its phase, status and exam, then the dates.
 * @param {{title: string, phase: string, status: string, exam: string|null, start: string, end: string, hours: string, notes: string, done: boolean}} m
 */
export function milestoneCells(m) {
  const detail = [m.phase, m.status, m.exam].filter(Boolean).join(' · ');
  return { box: m.done ? '☑' : '☐', title: m.title, detail, start: m.start, end: m.end, hours: m.hours, notes: m.notes };
}

/** The certification table's columns, in order, and the label key of each. */
export const COST_COLUMNS = ['name', 'exams', 'retakes', 'training', 'renewals', 'sponsored', 'net'];
export const COST_LABELS = ['col_certification', 'col_exams', 'col_retakes', 'col_training', 'col_renewals', 'col_sponsored', 'col_net'];
