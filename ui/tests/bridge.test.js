import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

import * as bridge from '../js/bridge.js';

/** @type {{cmd: string, args: unknown}[]} */
let calls;

function stubTauri(respond) {
  calls = [];
  globalThis.window = {
    __TAURI__: {
      core: {
        invoke: async (cmd, args) => {
          calls.push({ cmd, args });
          return respond(cmd, args);
        },
      },
    },
  };
}

beforeEach(() => { delete globalThis.window; });

test('each function invokes its command with named arguments', async () => {
  stubTauri(() => null);
  await bridge.appStatus();
  await bridge.uiReady();
  await bridge.saveDatabaseCopy({ title: 'Save a copy' });
  await bridge.checkProfile({ name: 'Ana' });
  await bridge.restoreBackup('pathway-x-daily.sqlite3');
  await bridge.recoverStore('start_fresh');
  await bridge.applyImport('merge');
  assert.deepEqual(calls, [
    { cmd: 'app_status', args: {} },
    { cmd: 'ui_ready', args: {} },
    { cmd: 'save_database_copy', args: { dialog: { title: 'Save a copy' } } },
    { cmd: 'check_profile', args: { draft: { name: 'Ana' }, currencyChange: null } },
    { cmd: 'restore_backup', args: { fileName: 'pathway-x-daily.sqlite3' } },
    { cmd: 'recover_store', args: { action: 'start_fresh' } },
    { cmd: 'apply_import', args: { mode: 'merge' } },
  ]);
});

test('results come back unchanged', async () => {
  const status = { app_version: '0.1.0', data_dir: { path: '/d', source: 'environment' } };
  stubTauri(() => status);
  assert.deepEqual(await bridge.appStatus(), status);
});

test('a command error keeps its code and message', async () => {
  stubTauri(() => { throw { code: 'store.too_new', message: 'written by a newer Pathway' }; });
  await assert.rejects(bridge.appStatus(), (error) => {
    assert.ok(error instanceof bridge.BridgeError);
    assert.equal(error.code, 'store.too_new');
    assert.equal(error.message, 'written by a newer Pathway');
    return true;
  });
});

test('an IPC rejection given as a string becomes code "ipc"', async () => {
  stubTauri(() => { throw 'Command app_status not allowed by ACL'; });
  await assert.rejects(bridge.appStatus(), { code: 'ipc', message: 'Command app_status not allowed by ACL' });
});

test('outside the desktop app the bridge says so instead of crashing', async () => {
  await assert.rejects(bridge.appStatus(), { code: 'ipc.unavailable' });
});

test('toBridgeError handles every shape', () => {
  assert.equal(bridge.toBridgeError(new Error('boom')).code, 'ipc');
  assert.equal(bridge.toBridgeError(42).code, 'unknown');
  const original = new bridge.BridgeError('x', 'y');
  assert.equal(bridge.toBridgeError(original), original);
  const refused = bridge.toBridgeError({ code: 'progress.invalid', message: 'must be from 1 to 1,440 (24 hours)', field: 'minutes', params: {} });
  assert.deepEqual([refused.code, refused.field, refused.params], ['progress.invalid', 'minutes', {}]);
  const older = bridge.toBridgeError({ code: 'store.locked', message: 'in use' });
  assert.deepEqual([older.field, older.params], [null, {}], 'an error without a field has none');
});

test('a refusal is worded by its code, else by its field label, never by parsing the sentence', async () => {
  const { describeError } = await import('../js/errors.js');
  const words = { 'error.code.store.locked': 'Another copy is open.', 'error.field': '{field}: {message}', 'error.generic': 'Something went wrong: {message}' };
  const t = (key, values = {}) => (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => values[name]);
  assert.equal(describeError({ code: 'store.locked', message: 'x' }, t), 'Another copy is open.');
  const refusal = { code: 'progress.invalid', message: 'must be from 1 to 1,440 (24 hours)', field: 'minutes' };
  assert.equal(describeError(refusal, t, (field) => (field === 'minutes' ? 'Minutes' : null)), 'Minutes: must be from 1 to 1,440 (24 hours)');
  assert.equal(describeError(refusal, t), 'minutes: must be from 1 to 1,440 (24 hours)', 'without a label, the field itself');
  assert.equal(describeError({ code: 'odd', message: 'boom' }, t), 'Something went wrong: boom');
});

test('the bridge calls every command of the generated protocol, and no other', async () => {
  const { readFileSync } = await import('node:fs');
  const declarations = readFileSync(new URL('../js/protocol.d.ts', import.meta.url), 'utf8');
  const body = declarations.split('export interface Commands {')[1].split('\n}')[0];
  const commands = [...body.matchAll(/^ {2}([a-z_0-9]+): \{ args:/gm)].map((m) => m[1]).sort();
  assert.ok(commands.length > 50, `Commands names ${commands.length} commands`);
  stubTauri(() => null);
  bridge.forgetCatalog();
  // `forgetCatalog` only drops the remembered catalog; every other function is one command.
  const functions = Object.entries(bridge).filter(([name, value]) => typeof value === 'function' && !/^[A-Z]|^toBridgeError$|^forgetCatalog$/.test(name));
  for (const [, fn] of functions) await fn('a', 'b', 'c');
  const called = [...new Set(calls.map((c) => c.cmd))].sort();
  assert.deepEqual(called, commands);
  assert.equal(functions.length, commands.length, 'one function per command');
});

test('a refusal with a rule is worded by the rule and its values, beside the field', async () => {
  const { describeError } = await import('../js/errors.js');
  const words = { 'validation.whole_number': '{label} must be a whole number from {min} to {max}.', 'error.code.money.invalid': 'A number is not allowed.' };
  const t = (key, values = {}) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), words[key] ?? key);
  const refusal = { code: 'money.invalid', message: 'must be a whole number from 0 to 600, got -1', field: 'roi.study_months',
    params: { rule: 'whole_number', min: '0', max: '600' } };
  assert.equal(describeError(refusal, t, () => 'Months of study'), 'Months of study must be a whole number from 0 to 600.');
  assert.equal(describeError({ code: 'money.invalid', message: 'x' }, t), 'A number is not allowed.', 'without a field, the code words it');
});

test('the catalog is read once and read again only after a change', async () => {
  stubTauri((cmd) => (cmd === 'explore_catalog' ? { catalog: { n: calls.length } } : null));
  bridge.forgetCatalog();
  const first = await bridge.exploreCatalog();
  const again = await bridge.exploreCatalog();
  assert.equal(first, again, 'the same value, not a second read');
  await bridge.searchCatalog({ text: 'x' });
  await bridge.exploreCatalog();
  assert.equal(calls.filter((c) => c.cmd === 'explore_catalog').length, 1, 'a read keeps it');
  await bridge.setUserFigure('exam_fee:comptia-a-plus', '300');
  const fresh = await bridge.exploreCatalog();
  assert.notEqual(fresh, first, 'her own figure changed it: read again');
  assert.equal(calls.filter((c) => c.cmd === 'explore_catalog').length, 2);
});

test('a failed catalog read is not remembered', async () => {
  let fail = true;
  stubTauri((cmd) => { if (cmd === 'explore_catalog' && fail) throw { code: 'store.locked', message: 'busy' }; return { ok: true }; });
  bridge.forgetCatalog();
  await assert.rejects(bridge.exploreCatalog());
  fail = false;
  assert.deepEqual(await bridge.exploreCatalog(), { ok: true });
});

test('a catalog read that started while a change ran is not remembered after it', async () => {
  let finishChange;
  stubTauri((cmd) => {
    if (cmd === 'set_user_figure') return new Promise((resolve) => { finishChange = resolve; });
    return cmd === 'explore_catalog' ? { read: calls.length } : null;
  });
  bridge.forgetCatalog();
  const change = bridge.setUserFigure('exam_fee:comptia-a-plus', '300');
  const during = await bridge.exploreCatalog();
  await new Promise((resolve) => setTimeout(resolve, 0));
  finishChange(null);
  await change;
  const after = await bridge.exploreCatalog();
  assert.notEqual(after, during, 'the read made while the figure was changing is read again');
});
