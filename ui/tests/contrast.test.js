// WCAG AA contrast for the design tokens, in light and dark: 4.5:1 for text,
// 3:1 for focus rings, input edges and text on large fills.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../css/tokens.css', import.meta.url), 'utf8');

/** The custom properties declared in a block of CSS. */
function tokens(block) {
  const out = {};
  for (const m of block.matchAll(/--color-([\w-]+):\s*(#[0-9a-fA-F]{6})/g)) out[m[1]] = m[2];
  return out;
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = tokens(css.slice(0, darkStart));
const dark = { ...light, ...tokens(css.slice(darkStart)) };

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;
const PAIRS = [
  ['text', 'bg', TEXT], ['text', 'surface', TEXT], ['text', 'surface-2', TEXT],
  ['text-muted', 'bg', TEXT], ['text-muted', 'surface', TEXT], ['text-muted', 'surface-2', TEXT],
  ['accent', 'surface', TEXT], ['accent', 'bg', TEXT], ['on-accent', 'accent', TEXT],
  ['text', 'accent-soft', TEXT], ['accent', 'accent-soft', TEXT],
  ['danger', 'surface', TEXT], ['danger', 'danger-soft', TEXT], ['text', 'danger-soft', TEXT],
  ['text', 'warning-soft', TEXT], ['success', 'surface', TEXT],
  ['focus', 'bg', UI], ['focus', 'surface', UI], ['border-strong', 'surface', UI],
  // Component pairs: toasts invert text and background.
  ['bg', 'text', TEXT],
];

for (const [name, palette] of [['light', light], ['dark', dark]]) {
  test(`${name} mode meets WCAG AA`, () => {
    const failures = [];
    for (const [fg, bg, min] of PAIRS) {
      assert.ok(palette[fg] && palette[bg], `missing token ${fg} or ${bg}`);
      const ratio = contrast(palette[fg], palette[bg]);
      if (ratio < min) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
    }
    assert.deepEqual(failures, []);
  });
}

test('white text on the danger fill is readable in both modes', () => {
  for (const palette of [light, dark]) assert.ok(contrast('#ffffff', palette['danger-strong']) >= TEXT);
});
