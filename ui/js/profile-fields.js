// The profile form as data: which fields exist, how each is asked, and how
// a refused field is put into words. The set-up (one group per step) and
// Settings (every group at once) draw the same definitions.

/**
 * @typedef {'text'|'money'|'whole'|'select'|'radio'|'checkbox'|'weekdays'|'time'|'date'} FieldKind
 * @typedef {{name: string, kind: FieldKind, options?: string[], optionKey?: string, autocomplete?: string}} Field
 * @typedef {{id: string, fields: Field[]}} Group
 * @typedef {{field: string, code: string, params: Record<string, string>, message: string}} FieldError
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** @type {Group[]} */
export const GROUPS = [
  { id: 'who', fields: [
    { name: 'name', kind: 'text', autocomplete: 'name' },
    { name: 'country', kind: 'select', options: ['ph', 'in', 'us', 'other'], optionKey: 'country' },
    { name: 'currency', kind: 'select', options: ['PHP', 'INR', 'USD'], optionKey: 'currency' },
  ] },
  { id: 'role', fields: [
    { name: 'role', kind: 'radio', optionKey: 'role', options: [
      'agent', 'senior_agent', 'team_lead', 'qa_analyst', 'trainer', 'workforce_management', 'back_office', 'other'] },
  ] },
  { id: 'pay', fields: [
    { name: 'base_pay', kind: 'money' },
    { name: 'night_differential', kind: 'money' },
    { name: 'allowances', kind: 'money' },
    { name: 'thirteenth_month', kind: 'checkbox' },
  ] },
  { id: 'money', fields: [
    { name: 'monthly_expenses', kind: 'money' },
    { name: 'savings', kind: 'money' },
    { name: 'search_plan', kind: 'radio', options: ['keeps_job', 'leaves_to_search', 'leaves_to_study'], optionKey: 'search_plan' },
    { name: 'dependants', kind: 'whole' },
    { name: 'sole_income', kind: 'radio', options: ['yes', 'no'], optionKey: 'answer' },
  ] },
  { id: 'time', fields: [
    { name: 'hours_per_week', kind: 'whole' },
    { name: 'shift', kind: 'select', options: ['day', 'mid', 'night'], optionKey: 'shift' },
    { name: 'free_weekdays', kind: 'weekdays', options: WEEKDAYS, optionKey: 'weekday' },
    { name: 'preferred_study_time', kind: 'time' },
    { name: 'start_date', kind: 'date' },
    { name: 'remind_on_start', kind: 'checkbox' },
  ] },
  { id: 'sponsorship', fields: [
    { name: 'sponsorship', kind: 'radio', options: ['yes', 'no', 'unsure'], optionKey: 'sponsorship' },
  ] },
  { id: 'situation', fields: [
    { name: 'birth_year', kind: 'whole' },
    { name: 'employment', kind: 'radio', options: ['employed', 'not_employed'], optionKey: 'employment' },
    { name: 'employer_trained', kind: 'radio', options: ['yes', 'no'], optionKey: 'answer' },
    { name: 'citizen', kind: 'radio', options: ['yes', 'no'], optionKey: 'answer' },
  ] },
];

/** A draft with every field empty, as the core's ProfileDraft defaults. */
export function emptyDraft() {
  const draft = {};
  for (const field of GROUPS.flatMap((g) => g.fields)) {
    draft[field.name] = field.kind === 'checkbox' ? false : field.kind === 'weekdays' ? [] : '';
  }
  return draft;
}

/** The group a field belongs to. @param {string} name */
export function groupOf(name) {
  return GROUPS.find((group) => group.fields.some((f) => f.name === name)) ?? null;
}

/**
 * The draft with one group's fields emptied (the set-up's "Skip this step").
 * @template {Record<string, unknown>} D
 * @param {D} draft @param {Group} group
 * @returns {D}
 */
export function withoutGroup(draft, group) {
  const empty = emptyDraft();
  const next = /** @type {Record<string, unknown>} */ ({ ...draft });
  for (const field of group.fields) next[field.name] = empty[field.name];
  return /** @type {D} */ (next);
}

/**
 * Puts a refused field into words from the message catalog. Dates in the
 * rule's parameters are shown in the user's locale.
 * @param {FieldError} error
 * @param {import('./i18n.js').Translate} t
 * @param {(iso: string) => string} formatDate
 */
export function errorText(error, t, formatDate) {
  const params = { label: t(`field.${error.field}.label`) };
  for (const [key, value] of Object.entries(error.params ?? {})) {
    params[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  }
  const text = t(`validation.${error.code}`, params);
  // A rule the catalog does not know yet still gets the core's own sentence.
  return text === `validation.${error.code}` ? error.message : text;
}

/**
 * The first error for each field.
 * @param {FieldError[]} errors
 * @returns {Map<string, FieldError>}
 */
export function firstErrorByField(errors) {
  const byField = new Map();
  for (const error of errors) if (!byField.has(error.field)) byField.set(error.field, error);
  return byField;
}

/**
 * Whether two drafts hold the same answers (Settings' "unsaved changes").
 * @param {Record<string, unknown>} a @param {Record<string, unknown>} b
 */
export function sameDraft(a, b) {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(draft) {
  const out = {};
  for (const key of Object.keys(emptyDraft())) {
    const value = draft[key];
    out[key] = Array.isArray(value) ? [...value].sort() : typeof value === 'string' ? value.trim() : value;
  }
  return out;
}
