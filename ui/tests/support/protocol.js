// Reads the generated declarations (ui/js/protocol.d.ts, written from the Rust
// types by `cargo xtask protocol`), so that tests compare the UI's lists with
// the core's without reading Rust source.

import { readFileSync } from 'node:fs';

const declarations = readFileSync(new URL('../../js/protocol.d.ts', import.meta.url), 'utf8');

/** The members of a string union, in the order Rust declares them. @param {string} name @returns {string[]} */
export function unionOf(name) {
  const line = declarations.split('\n').find((l) => l.startsWith(`export type ${name} = `));
  if (!line) throw new Error(`protocol.d.ts declares no ${name}`);
  return [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/** The commands of the `Commands` interface. @returns {string[]} */
export function commandNames() {
  const body = declarations.split('export interface Commands {')[1].split('\n}')[0];
  return [...body.matchAll(/^ {2}([a-z_0-9]+): \{ args:/gm)].map((m) => m[1]);
}
