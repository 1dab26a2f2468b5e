import { test } from 'node:test';
import assert from 'node:assert/strict';

import { matching } from '../js/picker.js';

const options = [
  { value: 'aws', label: 'AWS Certified Cloud Practitioner' },
  { value: 'sec', label: 'CompTIA Security+' },
  { value: 'cc', label: 'ISC2 Certified in Cybersecurity (CC)' },
];

test('the list narrows to every word typed, in any case, keeping its order', () => {
  assert.deepEqual(matching(options, '').map((o) => o.value), ['aws', 'sec', 'cc']);
  assert.deepEqual(matching(options, 'certified').map((o) => o.value), ['aws', 'cc']);
  assert.deepEqual(matching(options, '  SECURITY ').map((o) => o.value), ['sec', 'cc'], 'inside a word too: the list is short');
  assert.deepEqual(matching(options, 'cloud aws').map((o) => o.value), ['aws']);
  assert.deepEqual(matching(options, 'cobol'), []);
});
