import { test } from 'node:test';
import assert from 'node:assert/strict';

import { STALE, keepPlace, newest } from '../js/view-kit.js';

test('only the newest answer is drawn: an older one that comes back later is stale', async () => {
  const guard = newest();
  let resolveSlow;
  const slow = guard(new Promise((resolve) => { resolveSlow = resolve; }));
  const fast = guard(Promise.resolve('new'));
  assert.equal(await fast, 'new');
  resolveSlow('old');
  assert.equal(await slow, STALE, 'the older search does not overwrite the newer');
  assert.equal(await guard(Promise.resolve('again')), 'again');
});

test('a redraw puts focus back on the control she was in, once it is drawn again, and keeps the scroll', async () => {
  const frames = [];
  globalThis.requestAnimationFrame = (fn) => frames.push(fn);
  const focused = [];
  const make = (id) => ({ id, focus: () => focused.push(id) });
  const page = { scrollTop: 420, scrollHeight: 2000, clientHeight: 800 };
  const elements = new Map();
  const doc = { body: {}, activeElement: make('money-roi-savings'), scrollingElement: page, getElementById: (id) => elements.get(id) ?? null };
  keepPlace(() => { page.scrollTop = 0; }, { document: doc });
  frames.shift()();
  assert.deepEqual(focused, [], 'not drawn yet: wait');
  elements.set('money-roi-savings', make('money-roi-savings'));
  frames.shift()();
  assert.deepEqual(focused, ['money-roi-savings']);
  assert.equal(page.scrollTop, 420);
  assert.equal(frames.length, 0, 'done: no more frames');
  delete globalThis.requestAnimationFrame;
});
