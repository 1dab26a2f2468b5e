// The only module that talks to the Rust side. One function per command,
// typed with JSDoc; every failure arrives as a BridgeError {code, message}.
// Views import these functions, and tests replace `window.__TAURI__`.

/**
 * @typedef {{path: string, source: 'flag'|'environment'|'platform'}} DataDir
 * @typedef {{path: string, schema_version: number, created_at: string, created_by_version: string}} StoreInfo
 * @typedef {{app_version: string, data_dir: DataDir, database: StoreInfo}} AppStatus
 * @typedef {{path: string, bytes: number}} SavedCopy
 * @typedef {Record<string, string|boolean|string[]>} ProfileDraft field names as in profile-fields.js
 * @typedef {{profile: object, total_monthly_pay_minor: number|null, day_shift_drop_minor: number}} ProfileSummary
 * @typedef {{summary: ProfileSummary, draft: ProfileDraft}} ProfileState
 * @typedef {import('./profile-fields.js').FieldError} FieldError
 * @typedef {{errors: FieldError[], summary: ProfileSummary|null}} ProfileCheck
 * @typedef {{action: 'convert', rate: string}|{action: 'keep'}} CurrencyChange
 */

export class BridgeError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.name = 'BridgeError';
    this.code = code;
  }
}

/**
 * Commands reject with `{code, message}`; the IPC layer itself rejects with a
 * string (an unknown command, a denied permission). Both become BridgeError.
 * @param {unknown} error
 * @returns {BridgeError}
 */
export function toBridgeError(error) {
  if (error instanceof BridgeError) return error;
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    return new BridgeError(String(error.code), String(error.message));
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
 * @param {string} title the dialog's title
 * @returns {Promise<SavedCopy|null>} null when the user cancelled
 */
export const saveDatabaseCopy = (title) => call('save_database_copy', { title });

/** @returns {Promise<ProfileState|null>} null until the set-up is finished */
export const getProfile = () => call('get_profile');

/**
 * Checks a draft with the core's rules; saves nothing.
 * @param {ProfileDraft} draft
 * @returns {Promise<ProfileCheck>}
 */
export const checkProfile = (draft) => call('check_profile', { draft });

/**
 * @param {ProfileDraft} draft
 * @param {CurrencyChange|null} [currencyChange] required when the currency changes and amounts exist
 * @returns {Promise<ProfileState>}
 */
export const saveProfile = (draft, currencyChange = null) => call('save_profile', { draft, currencyChange });

/** Deletes the database and its backups. @returns {Promise<number>} files removed */
export const deleteAllData = () => call('delete_all_data');
