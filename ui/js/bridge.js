// The only module that talks to the Rust side. One function per command,
// typed with JSDoc; every failure arrives as a BridgeError {code, message,
// field, params}.
// Views import these functions, and tests replace `window.__TAURI__`.

/**
 * The command protocol, generated from the Rust types (`cargo xtask protocol`):
 * @typedef {import('./protocol.js').Commands} Commands
 * @typedef {import('./protocol.js').CommandName} CommandName
 * @typedef {import('./protocol.js').ErrorCode} ErrorCode
 * @typedef {import('./protocol.js').FileDialog} FileDialog the dialog's words, from the catalog
 * @typedef {import('./protocol.js').ProfileDraft} ProfileDraft
 * @typedef {import('./protocol.js').CurrencyChange} CurrencyChange
 * @typedef {import('./protocol.js').ProgressRecord} ProgressRecord
 * @typedef {import('./protocol.js').Assessment} Assessment
 * @typedef {import('./protocol.js').TimelineWords} TimelineWords
 * @typedef {import('./protocol.js').MilestoneEdit} MilestoneEdit
 * @typedef {import('./protocol.js').NewMilestone} NewMilestone
 * @typedef {import('./protocol.js').Zoom} Zoom
 * @typedef {import('./protocol.js').SearchQuery} SearchQuery
 * @typedef {import('./protocol.js').ChartWords} ChartWords
 * @typedef {import('./protocol.js').ProgressWords} ProgressWords
 * @typedef {import('./protocol.js').ReminderWords} ReminderWords
 * @typedef {import('./protocol.js').Kind} Kind
 * @typedef {import('./protocol.js').Stage} Stage
 * @typedef {import('./protocol.js').Paper} Paper
 * @typedef {import('./protocol.js').ImportMode} ImportMode
 * @typedef {import('./protocol.js').RecoveryAction} RecoveryAction
 * @typedef {import('./protocol.js').Currency} Currency
 */

export class BridgeError extends Error {
  /**
   * @param {ErrorCode|'ipc'|'ipc.unavailable'|'unknown'} code stable, what the UI words the error by
   *   (the core's codes, or the bridge's own when the call never reached a command)
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
    return new BridgeError(/** @type {ErrorCode} */ (String(error.code)), String(error.message), field, params);
  }
  if (typeof error === 'string') return new BridgeError('ipc', error);
  if (error instanceof Error) return new BridgeError('ipc', error.message);
  return new BridgeError('unknown', String(error));
}

/** @returns {(cmd: string, args?: object) => Promise<unknown>} */
function tauriInvoke() {
  // Read lazily: Tauri injects the global before our modules run, and tests
  // install their stub before calling.
  const invoke = /** @type {any} */ (globalThis.window)?.__TAURI__?.core?.invoke;
  if (typeof invoke !== 'function') {
    throw new BridgeError('ipc.unavailable', 'Pathway must be opened as the desktop app.');
  }
  return invoke;
}

/**
 * Calls one command with the arguments its Rust signature takes, and gives
 * what it returns: both typed from the generated `Commands`.
 * @template {CommandName} K
 * @param {K} command
 * @param {Commands[K]['args']} args
 * @returns {Promise<Commands[K]['result']>}
 */
async function call(command, args) {
  // Anything that may change what Explore's data says (her own figures, her choices, her
  // profile, an import or a restore) drops the remembered copy; reads keep it. Dropped again
  // when the change is done: a read that started while it ran may hold the older answer.
  const changes = !READS.has(command);
  if (changes) catalogCache = null;
  try {
    return /** @type {Commands[K]['result']} */ (await tauriInvoke()(command, args));
  } catch (error) {
    throw toBridgeError(error);
  } finally {
    if (changes) catalogCache = null;
  }
}

/** The commands that only read: they leave the remembered catalog as it is. */
const READS = new Set(['app_status', 'ui_ready', 'get_profile', 'check_profile', 'profile_options', 'list_backups',
  'exchange_rates', 'explore_catalog', 'search_catalog', 'compare_certifications', 'route_offers', 'sources_in_use',
  'certification_choice', 'assessment_overview', 'skill_gap', 'plan_state', 'money_prefill', 'money_story',
  'progress_dashboard', 'progress_records', 'startup_reminder', 'plan_document', 'about', 'set_view_title']);

/**
 * Explore's data (the catalog with her own figures, about 375 KB) is read
 * once and shared by every view until something she does may change it.
 * @type {Promise<Commands['explore_catalog']['result']> | null}
 */
let catalogCache = null;

export const appStatus = () => call('app_status', {});

/** Tells the shell the first view is on screen; answers the milliseconds since start. */
export const uiReady = () => call('ui_ready', {});

/**
 * Asks where to save a copy of the database, and saves it.
 * @param {FileDialog} dialog
 * → null when the user cancelled
 */
export const saveDatabaseCopy = (dialog) => call('save_database_copy', { dialog });

/** → null until the set-up is finished */
export const getProfile = () => call('get_profile', {});

/** The form's choices that come from the domain. */
export const profileOptions = () => call('profile_options', {});

/**
 * Checks a draft (and a currency decision) with the core's rules; saves nothing.
 * @param {Partial<ProfileDraft>} draft the fields given (the core fills the rest with its defaults, as serde's `default` says)
 * @param {CurrencyChange|null} [currencyChange]
 */
export const checkProfile = (draft, currencyChange = null) => call('check_profile', { draft: /** @type {ProfileDraft} */ (draft), currencyChange });

/**
 * @param {Partial<ProfileDraft>} draft the fields given (the core fills the rest with its defaults)
 * @param {CurrencyChange|null} [currencyChange] required when the currency changes and amounts exist
 */
export const saveProfile = (draft, currencyChange = null) => call('save_profile', { draft: /** @type {ProfileDraft} */ (draft), currencyChange });

/** Deletes the database and its backups. → files removed */
export const deleteAllData = () => call('delete_all_data', {});

/** Backups, newest first. */
export const listBackups = () => call('list_backups', {});

/**
 * Replaces the data with a backup (the current data is backed up first).
 * @param {string} fileName
 * → the backup made of the data replaced
 */
export const restoreBackup = (fileName) => call('restore_backup', { fileName });

/**
 * When the data file cannot be opened.
 * @param {RecoveryAction} action
 */
export const recoverStore = (action) => call('recover_store', { action });

/** Tries to open the data again (after another copy of Pathway closed). */
export const retryOpenStore = () => call('retry_open_store', {});

/** @param {FileDialog} dialog */
export const exportData = (dialog) => call('export_data', { dialog });

/** @param {FileDialog} dialog → the CSV files written */
export const exportCsv = (dialog) => call('export_csv', { dialog });

/** Asks for an export file and checks it; writes nothing. @param {FileDialog} dialog */
export const chooseImport = (dialog) => call('choose_import', { dialog });

/** Imports the chosen file. @param {ImportMode} mode */
export const applyImport = (mode) => call('apply_import', { mode });

/** The exchange rates in use. */
export const exchangeRates = () => call('exchange_rates', {});

/**
 * Saves the user's own rate (1 `from` in `to`).
 * @param {Currency} from @param {Currency} to @param {string} rate as typed
 */
export const setExchangeRate = (from, to, rate) => call('set_exchange_rate', { from, to, rate });

/** Goes back to the catalog's figure. @param {string} id */
export const resetUserFigure = (id) => call('reset_user_figure', { id });

/**
 * The catalog with the user's figures, the choices and the rates: read once,
 * then shared until a command that may change it (see `READS`). A failed
 * read is not remembered.
 */
export function exploreCatalog() {
  if (!catalogCache) {
    const reading = call('explore_catalog', {});
    catalogCache = reading;
    reading.catch(() => { if (catalogCache === reading) catalogCache = null; });
  }
  return catalogCache;
}

/** Forgets the remembered catalog (after a data replacement the page did not ask for, or in tests). */
export function forgetCatalog() {
  catalogCache = null;
}

/**
 * The core's catalog search. `typed` holds Explore's number filters as typed
 * (`min_price_usd`, `max_price_usd`, `min_hours`, `max_hours`); the core reads them.
 * @param {Partial<SearchQuery>} query @param {Record<string, string>} [typed]
 */
export const searchCatalog = (query, typed = {}) => call('search_catalog', { query: /** @type {SearchQuery} */ (query), typed });

/**
 * Side-by-side costs in `currency` (at most 3).
 * @param {string[]} ids @param {Currency} currency
 */
export const compareCertifications = (ids, currency) => call('compare_certifications', { ids, currency });

/** Saves the user's own figure. @param {string} id e.g. exam_fee:comptia-a-plus @param {string} value */
export const setUserFigure = (id, value) => call('set_user_figure', { id, value });

/** @param {string} role */
export const chooseTargetRole = (role) => call('choose_target_role', { role });

/** @param {string} id @param {boolean} chosen */
export const setCertificationChoice = (id, chosen) => call('set_certification_choice', { id, chosen });

/** Her country's public training routes, with her standing and their cost to her. */
export const routeOffers = () => call('route_offers', {});

/** Help › Sources: every outside figure in use, grouped by publisher. */
export const sourcesInUse = () => call('sources_in_use', {});

/** Chooses a public route, or clears the choice. @param {string | null} route */
export const chooseRoute = (route) => call('choose_route', { route });

/**
 * Which certification first: the active plan's candidates, or these ids (Explore's Compare).
 * @param {string[] | null} ids
 */
export const certificationChoice = (ids) => call('certification_choice', { ids });

/** When she means to leave her job: keeps_job, leaves_to_search or leaves_to_study. @param {string} plan */
export const setSearchPlan = (plan) => call('set_search_plan', { plan });

/** The latest assessment, the ranking by fit, and growth. */
export const assessmentOverview = () => call('assessment_overview', {});

/** Keeps a new assessment, dated now. @param {Assessment} assessment */
export const takeAssessment = (assessment) => call('take_assessment', { assessment });

/** The skills she already knows, refining her latest assessment. @param {Record<string, number>} knownSkills */
export const refineKnownSkills = (knownSkills) => call('refine_known_skills', { knownSkills });

/** What stands between the user and a role. @param {string} role */
export const skillGap = (role) => call('skill_gap', { role });

/** The active plan on the user's week, its timeline, the scenarios. @param {Zoom} zoom @param {TimelineWords} words */
export const planState = (zoom, words) => call('plan_state', { zoom, words });

/** Builds a plan from the choices and the assessment; it becomes active. @param {string} name */
export const createPlan = (name) => call('create_plan', { name });

/** @param {string} planId @param {string} milestoneId @param {MilestoneEdit} edit */
export const editMilestone = (planId, milestoneId, edit) => call('edit_milestone', { planId, milestoneId, edit });

/** @param {string} planId @param {NewMilestone} milestone → the new id */
export const addMilestone = (planId, milestone) => call('add_milestone', { planId, milestone });

/** @param {string} planId @param {string} milestoneId */
export const deleteMilestone = (planId, milestoneId) => call('delete_milestone', { planId, milestoneId });

/** @param {string} planId @param {string} milestoneId @param {-1|1} offset */
export const moveMilestone = (planId, milestoneId, offset) => call('move_milestone', { planId, milestoneId, offset });

/** @param {string} planId @param {string} pct the share as typed (a whole number 0–100; the core reads it) */
export const setParallelShare = (planId, pct) => call('set_parallel_share', { planId, pct });

/** Saves a copy as a new scenario (it becomes active). @param {string} planId @param {string} name */
export const duplicatePlan = (planId, name) => call('duplicate_plan', { planId, name });

/** @param {string} planId */
export const activatePlan = (planId) => call('activate_plan', { planId });

/** @param {string} planId @param {string} name */
export const renamePlan = (planId, name) => call('rename_plan', { planId, name });

/** @param {string} planId */
export const deletePlan = (planId) => call('delete_plan', { planId });

/** The money inputs prefilled from the profile and the active plan. */
export const moneyPrefill = () => call('money_prefill', {});

/**
 * The money story (exact ROI, costs, ranges, charts) for a `simulate` input, with the form's
 * edited fields as typed (`{path: text}`): the core reads each by its field's kind and refuses
 * bad text by that path.
 * @param {import('./protocol.js').JsonValue} input the prefilled `simulate` input
 * @param {Record<string, string>} typed @param {ChartWords} words
 */
export const moneyStory = (input, typed, words) => call('money_story', { input, typed, words });

/** Home's dashboard, with its charts drawn in `words`. @param {ProgressWords} words */
export const progressDashboard = (words) => call('progress_dashboard', { words });

/** Every progress record, and the timer. */
export const progressRecords = () => call('progress_records', {});

/**
 * Saves a record (`{kind, record}`); a new one has an empty id. `typed` holds
 * the form's number fields as the text typed (`{score, cost}`, `{hours, minutes}`):
 * the core reads them and refuses bad text by its field.
 * @param {ProgressRecord} record @param {Record<string, string>} [typed]
 */
export const saveProgressRecord = (record, typed = {}) => call('save_progress_record', { record, typed });

/** Deletes a record and returns it (for undo). @param {Kind} kind @param {string} id */
export const deleteProgressRecord = (kind, id) => call('delete_progress_record', { kind, id });

/** @param {string} id @param {Stage} stage @param {string} date YYYY-MM-DD */
export const moveApplication = (id, stage, date) => call('move_application', { id, stage, date });

/** @param {string|null} planId @param {string|null} milestoneId */
export const startTimer = (planId, milestoneId) => call('start_timer', { planId, milestoneId });

/** Stops the timer and logs its session. */
export const stopTimer = () => call('stop_timer', {});
/** Throws the running timer away without logging it. */
export const discardTimer = () => call('discard_timer', {});

/** Asks where to save, then writes the plan's calendar. @param {FileDialog} dialog */
export const exportCalendar = (dialog) => call('export_calendar', { dialog });

/**
 * At start-up: shows a desktop notification when reminders are on and something is due.
 * @param {ReminderWords} words
 */
export const startupReminder = (words) => call('startup_reminder', { words });

/**
 * The active plan as a document (headings, sentences, tables, pictures), as the PDF lays it out.
 * → the core's PlanDocument
 */
export const planDocument = () => call('plan_document', {});

/**
 * Asks where to save, then writes the plan as a PDF.
 * @param {FileDialog} dialog
 * @param {Paper} paper
 * → null when the user cancelled
 */
export const exportPlanPdf = (dialog, paper) => call('export_plan_pdf', { dialog, paper });

/** Opens the last exported PDF, or shows it in its folder. @param {boolean} reveal */
export const openLastExport = (reveal) => call('open_last_export', { reveal });

/**
 * Versions, the data folder and the catalog's date, for the About page.
 */
export const about = () => call('about', {});

/** Opens the data folder in the system's file manager. */
export const openDataFolder = () => call('open_data_folder', {});

/** The window's title ("Roadmap · Pathway"). @param {string} title */
export const setViewTitle = (title) => call('set_view_title', { title });
