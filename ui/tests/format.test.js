import { test } from 'node:test';
import assert from 'node:assert/strict';

import { divideMinor, formatBytes, formatDateTime, minorUnits, usableLocale } from '../js/format.js';

test('sizes pick the largest unit that keeps the number at least 1', () => {
  assert.equal(formatBytes(0, 'en-US'), '0 bytes');
  assert.equal(formatBytes(1, 'en-US'), '1 byte');
  assert.equal(formatBytes(1023, 'en-US'), '1,023 bytes');
  assert.equal(formatBytes(1024, 'en-US'), '1 kB');
  assert.equal(formatBytes(28672, 'en-US'), '28 kB');
  assert.equal(formatBytes(5 * 1024 * 1024 + 300000, 'en-US'), '5.3 MB');
});

test('nonsense sizes format as nothing rather than NaN', () => {
  assert.equal(formatBytes(-1, 'en-US'), '');
  assert.equal(formatBytes(Number.NaN, 'en-US'), '');
});

test('timestamps follow the locale; unparseable ones are shown as given', () => {
  const text = formatDateTime('2026-11-22T07:00:00Z', 'en-US');
  assert.match(text, /November 2[12], 2026/);
  assert.equal(formatDateTime('not a date', 'en-US'), 'not a date');
});

test('a usable locale is picked from what the system reports', () => {
  assert.equal(usableLocale(['fil-PH', 'en']), 'fil-PH');
  assert.equal(usableLocale(['en_IN.UTF-8']), 'en-IN');
  assert.equal(usableLocale(['C']), 'en');
  assert.equal(usableLocale(['C.UTF-8', 'hi-IN']), 'hi-IN');
  assert.equal(usableLocale(['', undefined, 'not a tag!']), 'en');
  assert.equal(usableLocale([]), 'en');
});

test('the locale picked for "C" formats without throwing', () => {
  assert.doesNotThrow(() => formatDateTime('2026-11-22T07:00:00Z', usableLocale(['C'])));
});

import { readFileSync } from 'node:fs';
import { formatMoney, formatDate, formatTime } from '../js/format.js';

test('money passes the formatting cases shared with pathway-core', () => {
  const url = new URL('../../core/tests/data/money_format_cases.json', import.meta.url);
  const { cases } = JSON.parse(readFileSync(url, 'utf8'));
  assert.ok(cases.length >= 15);
  for (const { minor, currency, text } of cases) {
    assert.equal(formatMoney(minor, currency), text, `${minor} ${currency}`);
  }
});

test('calendar dates do not shift with the time zone', () => {
  assert.equal(formatDate('2027-01-04', 'en-US'), 'January 4, 2027');
  assert.equal(formatDate('2027-01-04', 'en-IN'), '4 January 2027');
  assert.equal(formatDate('garbage', 'en-US'), 'garbage');
});

test('times of day follow the locale', () => {
  // ICU versions differ on the space before PM (plain or narrow no-break).
  assert.equal(formatTime('19:30', 'en-US').replace(/\s/g, ' '), '7:30 PM');
  assert.equal(formatTime('07:05', 'en-GB'), '07:05');
  assert.equal(formatTime('nonsense', 'en-US'), 'nonsense');
});

test('catalog amounts become minor units from their digits, never through a float product', () => {
  assert.equal(Math.round(1.005 * 100), 100, 'the float product this avoids');
  assert.equal(minorUnits(1.005), 101);
  assert.equal(minorUnits(1234.565), 123457);
  assert.equal(minorUnits('0.3'), 30);
  assert.equal(minorUnits(265), 26500);
  assert.equal(minorUnits(0), 0);
  assert.equal(minorUnits(-1.005), -101);
  assert.equal(minorUnits(89.5), 8950);
});

test('minor units divide with rounding half away from zero', () => {
  assert.equal(divideMinor(1206, 12), 101);
  assert.equal(divideMinor(102, 12), 9);
  assert.equal(divideMinor(101, 12), 8);
  assert.equal(divideMinor(-102, 12), -9);
  assert.equal(divideMinor(0, 12), 0);
});
