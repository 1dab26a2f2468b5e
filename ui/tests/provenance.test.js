import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { ageMonths, asOfWords, isOld, sourceWords } from '../js/provenance.js';
import { createTranslator } from '../js/i18n.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));
const t = createTranslator(en);
const { cases } = JSON.parse(readFileSync(new URL('../../core/tests/data/source_words_cases.json', import.meta.url), 'utf8'));

/** A calendar day as a local date, as the app's clock gives it. @param {string} text */
const localDay = (text) => {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
};

test('a source is said as on paper: the cases shared with pathway-core', () => {
  assert.ok(cases.length >= 8);
  for (const c of cases) {
    const said = sourceWords(c.provenance, t, localDay(c.today));
    assert.deepEqual({ badge: said.badge, line: said.line, kind: said.kind }, { badge: c.badge, line: c.line, kind: c.kind }, JSON.stringify(c.provenance));
    if (c.provenance.kind === 'sourced' && !c.provenance.undated) {
      assert.equal(ageMonths(c.provenance.as_of, localDay(c.today)), c.age_months, c.provenance.as_of);
      assert.equal(isOld(c.provenance.as_of, localDay(c.today)), c.old, c.provenance.as_of);
    }
  }
});

test('dates in words, and a date that is not one stays as it is', () => {
  assert.equal(asOfWords('2026-05', t), 'May 2026');
  assert.equal(asOfWords('2026-05-07', t), '7 May 2026');
  assert.equal(asOfWords('2011', t), '2011');
  assert.equal(asOfWords('soon', t), 'soon');
});

test('a month-end less 18 months clamps, as the core does', () => {
  // 31 August 2026 less 18 months is 28 February 2025: a figure of February 2025 is not yet old.
  assert.equal(isOld('2025-02', localDay('2026-08-31')), false);
  assert.equal(isOld('2025-01', localDay('2026-08-31')), true);
});
