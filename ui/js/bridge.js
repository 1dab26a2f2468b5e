// The only module that talks to the Rust side. One function per command,
// typed with JSDoc; every failure arrives as a BridgeError {code, message}.
// Views import these functions, and tests replace `window.__TAURI__`.

/**
 * @typedef {{path: string, source: 'flag'|'environment'|'platform'}} DataDir
 * @typedef {{path: string, schema_version: number, created_at: string, created_by_version: string}} StoreInfo
 * @typedef {{app_version: string, data_dir: DataDir, database: StoreInfo}} AppStatus
 * @typedef {{path: string, bytes: number}} SavedCopy
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
