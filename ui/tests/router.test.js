import { test } from 'node:test';
import assert from 'node:assert/strict';

import { hashFor, viewForHash } from '../js/router.js';

const VIEWS = [{ id: 'welcome', labelKey: 'nav.welcome' }, { id: 'help', labelKey: 'nav.help' }];

test('a hash names its view', () => {
  assert.equal(viewForHash('#/help', VIEWS).id, 'help');
  assert.equal(viewForHash('#help', VIEWS).id, 'help');
  assert.equal(viewForHash('#/help/shortcuts', VIEWS).id, 'help');
  assert.equal(viewForHash('#/help?x=1', VIEWS).id, 'help');
});

test('an empty or unknown hash shows the first view', () => {
  assert.equal(viewForHash('', VIEWS).id, 'welcome');
  assert.equal(viewForHash('#/nowhere', VIEWS).id, 'welcome');
});

test('hashFor round-trips', () => {
  for (const view of VIEWS) assert.equal(viewForHash(hashFor(view.id), VIEWS), view);
});
