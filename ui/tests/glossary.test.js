import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { TERMS, firstTerm, termHref } from '../js/glossary.js';

const en = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8'));

test('every term the issue lists is explained in words', () => {
  for (const id of ['siem', 'soc', 'npv', 'discount_rate', 'percentiles', 'eight_in_ten', 'expected_retakes', 'pass_probability', 'renewal', 'cpe', 'amf', 'voucher', 'ctc']) {
    assert.ok(TERMS.some((t) => t.id === id), id);
    assert.ok(en[`glossary.${id}.term`] && en[`glossary.${id}.text`], id);
  }
  assert.equal(termHref('npv'), '#/help/glossary-npv');
});

test('the first term in a text is found, acronyms only in capitals, each once', () => {
  assert.deepEqual(firstTerm('Worth of the move today (NPV) at your discount rate', new Set()), { id: 'npv', index: 25, length: 3 });
  assert.deepEqual(firstTerm('Worth of the move today (NPV) at your discount rate', new Set(['npv'])), { id: 'discount_rate', index: 38, length: 13 });
  assert.equal(firstTerm('the Soc analyst, soccer and associate', new Set()), null, 'not inside words, not in other cases');
  assert.equal(firstTerm('SOC analyst (tier 1)', new Set())?.id, 'soc');
  assert.equal(firstTerm('In half the cases … 8 in 10 pay back', new Set())?.id, 'eight_in_ten');
  assert.equal(firstTerm('Renewals within five years', new Set())?.id, 'renewal');
  assert.equal(firstTerm('nothing here', new Set()), null);
});
