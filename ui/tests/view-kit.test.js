import { test } from 'node:test';
import assert from 'node:assert/strict';

import { STALE, clearBeside, keepPlace, newest, showBeside, trackControls } from '../js/view-kit.js';

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

test('once the scroll is back, her own scrolling is left alone while focus waits for a control that is gone', () => {
  const frames = [];
  globalThis.requestAnimationFrame = (fn) => frames.push(fn);
  const page = { scrollTop: 300, scrollHeight: 2000, clientHeight: 800 };
  const doc = { body: {}, activeElement: { id: 'routes-cheapest' }, scrollingElement: page, getElementById: () => null };
  keepPlace(() => { page.scrollTop = 0; }, { document: doc, frames: 5 });
  frames.shift()();
  assert.equal(page.scrollTop, 300, 'put back');
  page.scrollTop = 900; // she scrolls on to another card
  while (frames.length) frames.shift()();
  assert.equal(page.scrollTop, 900, 'not pulled back to where she was');
  delete globalThis.requestAnimationFrame;
});

test('a failure stands right after the control it is about, replaces the one before, and goes when she uses the control again', () => {
  const listeners = [];
  const root = { addEventListener: (type, fn) => listeners.push([type, fn]) };
  const placed = [];
  const alert = (name) => ({ name, removed: false, remove() { this.removed = true; } });
  const button = { isConnected: true, insertAdjacentElement: (where, el) => placed.push([where, el.name]) };
  button.closest = () => button;
  const controls = trackControls(root);
  assert.equal(controls.last(), null, 'nothing used yet');
  const click = (target) => listeners.filter(([type]) => type === 'click').forEach(([, fn]) => fn({ target }));
  click(button);
  assert.equal(controls.last(), button);
  const first = alert('first');
  showBeside(button, first);
  const second = alert('second');
  showBeside(button, second);
  assert.deepEqual(placed, [['afterend', 'first'], ['afterend', 'second']]);
  assert.ok(first.removed && !second.removed, 'one alert per control');
  click(button);
  assert.ok(second.removed, 'trying again clears it');
  button.isConnected = false;
  assert.equal(controls.last(), null, 'a control redrawn away is no place for a message');
  clearBeside(button);
});
