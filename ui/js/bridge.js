// The only module that talks to the Rust side. One function per command,
// typed with JSDoc; every failure arrives as a BridgeError {code, message,
// field, params}.
// Views import these functions, and tests replace `window.__TAURI__`.

/**
 * @typedef {{path: string, source: 'flag'|'environment'|'platform'}} DataDir
 * @typedef {{path: string, schema_version: number, created_at: string, created_by_version: string}} StoreInfo
 * @typedef {{app_version: string, data_dir: DataDir, database: StoreInfo}} AppStatus
 * @typedef {{path: string, bytes: number}} WrittenFile
 * @typedef {{title: string, filter_name?: string}} FileDialog the dialog's words, from the catalog
 * @typedef {Record<string, string|boolean|string[]>} ProfileDraft field names as in profile-fields.js
 * @typedef {{profile: object, total_monthly_pay_minor: number|null, day_shift_drop_minor: number}} ProfileSummary
 * @typedef {{summary: ProfileSummary, draft: ProfileDraft}} ProfileState
 * @typedef {import('./profile-fields.js').FieldError} FieldError
 * @typedef {{errors: FieldError[], summary: ProfileSummary|null, currency_change_needed: boolean}} ProfileCheck
 * @typedef {{action: 'convert', from: string, rate: string}|{action: 'keep', from: string}} CurrencyChange
 * @typedef {{currencies: {code: string, symbol: string}[], default_currency: Record<string, string>}} ProfileOptions
 * @typedef {{file_name: string, created_at: string, reason: string, bytes: number}} BackupInfo
 * @typedef {{moved_aside: string|null, restored: BackupInfo|null}} Recovered
 * @typedef {{exported_at: string, app_version: string, schema_version: number, counts: Record<string, number>, date_range: {first: string, last: string}|null}} ImportPreview
 * @typedef {{file_name: string, preview: ImportPreview}} ImportChoice
 * @typedef {{added: Record<string, number>, kept: Record<string, number>}} ImportOutcome
 */

export class BridgeError extends Error {
  /**
   * @param {string} code stable, what the UI words the error by
   * @param {string} message the core's sentence (without the field's name when `field` is set)
   * @param {string|null} [field] the path of the input at fault, e.g. `roi.study_months` or `minutes`
   * @param {Record<string, string>} [params] the rule's values, e.g. `{rule: 'range_monthly', min: '0'}`
   */
  constructor(code, message, field = null, params = {}) {
    super(message);
    this.name = 'BridgeError';
    this.code = code;
    this.field = field;
    this.params = params;
  }
}

/**
 * Commands reject with `{code, message, field, params}`; the IPC layer itself rejects with a
 * string (an unknown command, a denied permission). Both become BridgeError.
 * @param {unknown} error
 * @returns {BridgeError}
 */
export function toBridgeError(error) {
  if (error instanceof BridgeError) return error;
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const field = 'field' in error && typeof error.field === 'string' ? error.field : null;
    const params = 'params' in error && error.params && typeof error.params === 'object' ? /** @type {Record<string, string>} */ (error.params) : {};
    return new BridgeError(String(error.code), String(error.message), field, params);
  }
  if (typeof error === 'string') return new BridgeError('ipc', error);
  if (error instanceof Error) return new BridgeError('ipc', error.message);
  return new BridgeError('unknown', String(error));
}

/** @returns {(cmd: string, args?: object) => Promise<unknown>} */
function tauriInvoke() {
  // Read lazily: Tauri injects the global before our modules run, and tests
  // install their stub before calling.
  const invoke = globalThis.window?.__TAURI__?.core?.invoke;
  if (typeof invoke !== 'function') {
    throw new BridgeError('ipc.unavailable', 'Pathway must be opened as the desktop app.');
  }
  return invoke;
}

/**
 * @param {string} command
 * @param {object} [args]
 * @returns {Promise<any>}
 */
async function call(command, args) {
  try {
    return await tauriInvoke()(command, args);
  } catch (error) {
    throw toBridgeError(error);
  }
}

/** @returns {Promise<AppStatus>} */
export const appStatus = () => call('app_status');

/** Tells the shell the first view is on screen. @returns {Promise<number>} ms since start */
export const uiReady = () => call('ui_ready');

/**
 * Asks where to save a copy of the database, and saves it.
 * @param {FileDialog} dialog
 * @returns {Promise<WrittenFile|null>} null when the user cancelled
 */
export const saveDatabaseCopy = (dialog) => call('save_database_copy', { dialog });

/** @returns {Promise<ProfileState|null>} null until the set-up is finished */
export const getProfile = () => call('get_profile');

/** The form's choices that come from the domain. @returns {Promise<ProfileOptions>} */
export const profileOptions = () => call('profile_options');

/**
 * Checks a draft (and a currency decision) with the core's rules; saves nothing.
 * @param {ProfileDraft} draft
 * @param {CurrencyChange|null} [currencyChange]
 * @returns {Promise<ProfileCheck>}
 */
export const checkProfile = (draft, currencyChange = null) => call('check_profile', { draft, currencyChange });

/**
 * @param {ProfileDraft} draft
 * @param {CurrencyChange|null} [currencyChange] required when the currency changes and amounts exist
 * @returns {Promise<ProfileState>}
 */
export const saveProfile = (draft, currencyChange = null) => call('save_profile', { draft, currencyChange });

/** Deletes the database and its backups. @returns {Promise<number>} files removed */
export const deleteAllData = () => call('delete_all_data');

/** Backups, newest first. @returns {Promise<BackupInfo[]>} */
export const listBackups = () => call('list_backups');

/**
 * Replaces the data with a backup (the current data is backed up first).
 * @param {string} fileName
 * @returns {Promise<BackupInfo|null>} the backup made of the data replaced
 */
export const restoreBackup = (fileName) => call('restore_backup', { fileName });

/**
 * When the data file cannot be opened.
 * @param {'restore_newest_backup'|'start_fresh'} action
 * @returns {Promise<Recovered>}
 */
export const recoverStore = (action) => call('recover_store', { action });

/** Tries to open the data again (after another copy of Pathway closed). @returns {Promise<void>} */
export const retryOpenStore = () => call('retry_open_store');

/** @param {FileDialog} dialog @returns {Promise<WrittenFile|null>} */
export const exportData = (dialog) => call('export_data', { dialog });

/** @param {FileDialog} dialog @returns {Promise<string[]|null>} the CSV files written */
export const exportCsv = (dialog) => call('export_csv', { dialog });

/** Asks for an export file and checks it; writes nothing. @param {FileDialog} dialog @returns {Promise<ImportChoice|null>} */
export const chooseImport = (dialog) => call('choose_import', { dialog });

/** Imports the chosen file. @param {'replace'|'merge'} mode @returns {Promise<ImportOutcome>} */
export const applyImport = (mode) => call('apply_import', { mode });

/**
 * @typedef {{from: string, to: string, rate: string, provenance: import('./provenance.js').Provenance,
 *   catalog: {rate: number, provenance: import('./provenance.js').Provenance}|null,
 *   user: {id: string, value: string, entered_at: string}|null, orphaned: boolean}} EffectiveRate
 */

/** The exchange rates in use. @returns {Promise<EffectiveRate[]>} */
export const exchangeRates = () => call('exchange_rates');

/**
 * Saves the user's own rate (1 `from` in `to`).
 * @param {string} from @param {string} to @param {string} rate as typed
 * @returns {Promise<EffectiveRate[]>}
 */
export const setExchangeRate = (from, to, rate) => call('set_exchange_rate', { from, to, rate });

/** Goes back to the catalog's figure. @param {string} id @returns {Promise<EffectiveRate[]>} */
export const resetUserFigure = (id) => call('reset_user_figure', { id });

/** The catalog with the user's figures, the choices and the rates. @returns {Promise<object>} */
export const exploreCatalog = () => call('explore_catalog');

/** The core's catalog search. @param {object} query see SearchQuery in pathway-core @returns {Promise<object[]>} */
export const searchCatalog = (query) => call('search_catalog', { query });

/**
 * Side-by-side costs in `currency` (at most 3).
 * @param {string[]} ids @param {string} currency
 * @returns {Promise<{id: string, cost: object|null, note: string|null, plan_step_hundredths: number|null}[]>}
 */
export const compareCertifications = (ids, currency) => call('compare_certifications', { ids, currency });

/** Saves the user's own figure. @param {string} id e.g. exam_fee:comptia-a-plus @param {string} value */
export const setUserFigure = (id, value) => call('set_user_figure', { id, value });

/** @param {string} role @returns {Promise<{target_role: string|null, certifications: string[]}>} */
export const chooseTargetRole = (role) => call('choose_target_role', { role });

/** @param {string} id @param {boolean} chosen */
export const setCertificationChoice = (id, chosen) => call('set_certification_choice', { id, chosen });

/**
 * @typedef {{ratings: Record<string, number>, interests: Record<string, number>, known_skills: Record<string, number>}} Assessment
 * @typedef {{low: number, high: number}} Range
 * @typedef {{total_hundredths: number, skills_hundredths: number, labs_hundredths: number, exam_review_hundredths: number,
 *   other_hundredths: number, certifications: {id: string, hours_hundredths: number}[], months_tenths: number|null}} PlanHours
 *   the hours of the plan that would be built for a role (the one model of hours)
 * @typedef {{domain: string, fit: number, reasons: {factor: string, points: number}[], first_role: string,
 *   first_role_plan: PlanHours|null}} DomainFit
 * @typedef {{id: string, before: number, after: number}} Change
 * @typedef {{latest: {taken_at: string, assessment: Assessment}|null, fit: {ranking: DomainFit[], no_signal: boolean}|null,
 *   growth: {since: string, ratings: Change[], fits: Change[], known_skills: Change[]}|null, taken: number}} AssessmentOverview
 * @typedef {{role: string, skills: {skill: string, current: number, required: number, hours: Range}[],
 *   certifications: string[], plan: PlanHours}} SkillGap
 */

/** The latest assessment, the ranking by fit, and growth. @returns {Promise<AssessmentOverview>} */
export const assessmentOverview = () => call('assessment_overview');

/** Keeps a new assessment, dated now. @param {Assessment} assessment @returns {Promise<AssessmentOverview>} */
export const takeAssessment = (assessment) => call('take_assessment', { assessment });

/** What stands between the user and a role. @param {string} role @returns {Promise<SkillGap>} */
export const skillGap = (role) => call('skill_gap', { role });

/**
 * @typedef {{id: string, start: string|null, end: string|null, exam_date?: string}} Placed
 * @typedef {{months: string[], today: string, exam: string, title: string}} TimelineWords
 * @typedef {{view: object|null, timeline_svg: string|null, plans: object[], can_build: boolean}} PlanState
 * @typedef {{title: string, hours: string, status: 'todo'|'doing'|'done'|'skipped', notes: string, links: string}} MilestoneEdit
 */

/** The active plan on the user's week, its timeline, the scenarios. @param {'weeks'|'months'|'quarters'} zoom @param {TimelineWords} words @returns {Promise<PlanState>} */
export const planState = (zoom, words) => call('plan_state', { zoom, words });

/** Builds a plan from the choices and the assessment; it becomes active. @param {string} name */
export const createPlan = (name) => call('create_plan', { name });

/** @param {string} planId @param {string} milestoneId @param {MilestoneEdit} edit */
export const editMilestone = (planId, milestoneId, edit) => call('edit_milestone', { planId, milestoneId, edit });

/** @param {string} planId @param {{title: string, hours: string, phase: string}} milestone @returns {Promise<string>} the new id */
export const addMilestone = (planId, milestone) => call('add_milestone', { planId, milestone });

/** @param {string} planId @param {string} milestoneId */
export const deleteMilestone = (planId, milestoneId) => call('delete_milestone', { planId, milestoneId });

/** @param {string} planId @param {string} milestoneId @param {-1|1} offset */
export const moveMilestone = (planId, milestoneId, offset) => call('move_milestone', { planId, milestoneId, offset });

/** @param {string} planId @param {number} pct 0–100 */
export const setParallelShare = (planId, pct) => call('set_parallel_share', { planId, pct });

/** Saves a copy as a new scenario (it becomes active). @param {string} planId @param {string} name */
export const duplicatePlan = (planId, name) => call('duplicate_plan', { planId, name });

/** @param {string} planId */
export const activatePlan = (planId) => call('activate_plan', { planId });

/** @param {string} planId @param {string} name */
export const renamePlan = (planId, name) => call('rename_plan', { planId, name });

/** @param {string} planId */
export const deletePlan = (planId) => call('delete_plan', { planId });

/** The money inputs prefilled from the profile and the active plan. @returns {Promise<{input: object, currency: string, sources: object, missing: string[]}>} */
export const moneyPrefill = () => call('money_prefill');

/** The money story (exact ROI, costs, ranges, charts) for a `simulate` input. @param {object} input @param {object} words */
export const moneyStory = (input, words) => call('money_story', { input, words });

/** Home's dashboard, with its charts drawn in `words`. @param {object} words @returns {Promise<object>} */
export const progressDashboard = (words) => call('progress_dashboard', { words });

/** Every progress record, and the timer. @returns {Promise<object>} */
export const progressRecords = () => call('progress_records');

/**
 * Saves a record (`{kind, record}`); a new one has an empty id. `typed` holds
 * the form's number fields as the text typed (`{score, cost}`, `{hours, minutes}`):
 * the core reads them and refuses bad text by its field.
 * @param {{kind: string, record: object}} record @param {Record<string, string>} [typed]
 */
export const saveProgressRecord = (record, typed = {}) => call('save_progress_record', { record, typed });

/** Deletes a record and returns it (for undo). @param {string} kind @param {string} id */
export const deleteProgressRecord = (kind, id) => call('delete_progress_record', { kind, id });

/** @param {string} id @param {string} stage @param {string} date YYYY-MM-DD */
export const moveApplication = (id, stage, date) => call('move_application', { id, stage, date });

/** @param {string|null} planId @param {string|null} milestoneId */
export const startTimer = (planId, milestoneId) => call('start_timer', { planId, milestoneId });

/** Stops the timer and logs its session. */
export const stopTimer = () => call('stop_timer');
/** Throws the running timer away without logging it. @returns {Promise<void>} */
export const discardTimer = () => call('discard_timer');

/** Asks where to save, then writes the plan's calendar. @param {FileDialog} dialog @returns {Promise<WrittenFile|null>} */
export const exportCalendar = (dialog) => call('export_calendar', { dialog });

/**
 * At start-up: shows a desktop notification when reminders are on and something is due.
 * @param {{title: string, exam: string, follow_up: string, application: string, months: string[]}} words
 * @returns {Promise<{reminder: {title: string, body: string}, notified: boolean}|null>}
 */
export const startupReminder = (words) => call('startup_reminder', { words });

/**
 * The active plan as a document (headings, sentences, tables, pictures), as the PDF lays it out.
 * @returns {Promise<object>} the core's PlanDocument
 */
export const planDocument = () => call('plan_document');

/**
 * Asks where to save, then writes the plan as a PDF.
 * @param {FileDialog} dialog
 * @param {'a4'|'letter'} paper
 * @returns {Promise<WrittenFile|null>} null when the user cancelled
 */
export const exportPlanPdf = (dialog, paper) => call('export_plan_pdf', { dialog, paper });

/** Opens the last exported PDF, or shows it in its folder. @param {boolean} reveal */
export const openLastExport = (reveal) => call('open_last_export', { reveal });

/**
 * Versions, the data folder and the catalog's date, for the About page.
 * @returns {Promise<{app_version: string, tauri_version: string, webview_version: string|null, os: string, arch: string,
 *   data_dir: {path: string, source: string}, catalog_data_date: string|null}>}
 */
export const about = () => call('about');

/** Opens the data folder in the system's file manager. */
export const openDataFolder = () => call('open_data_folder');

/** The window's title ("Roadmap · Pathway"). @param {string} title */
export const setViewTitle = (title) => call('set_view_title', { title });
