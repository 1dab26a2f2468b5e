import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SHORTCUTS, actionFor, modifierName } from '../js/shortcuts.js';

test('Ctrl on Windows and Linux, ⌘ on macOS', () => {
  assert.equal(actionFor({ key: '1', ctrlKey: true }, false), 'nav:home');
  assert.equal(actionFor({ key: '1', metaKey: true }, true), 'nav:home');
  assert.equal(actionFor({ key: '2', ctrlKey: true }, false), 'nav:assess');
  assert.equal(actionFor({ key: '3', metaKey: true }, true), 'nav:plan');
  assert.equal(actionFor({ key: '4', ctrlKey: true }, false), 'nav:money');
  assert.equal(actionFor({ key: '5', ctrlKey: true }, false), 'nav:explore');
  assert.equal(actionFor({ key: '1', metaKey: true }, false), null);
  assert.equal(actionFor({ key: '1', ctrlKey: true }, true), null);
});

test('each listed shortcut maps to its action', () => {
  for (const shortcut of SHORTCUTS) {
    const last = shortcut.keys.at(-1);
    const key = last.length === 1 ? last.toLowerCase() : last;
    const mod = shortcut.keys.includes('Mod');
    assert.equal(actionFor({ key, ctrlKey: mod }, false), shortcut.action, shortcut.keys.join('+'));
  }
});

test('plain typing, Alt and Shift combinations are left alone', () => {
  assert.equal(actionFor({ key: 's' }, false), null);
  assert.equal(actionFor({ key: 's', ctrlKey: true, altKey: true }, false), null);
  assert.equal(actionFor({ key: 'S', ctrlKey: true, shiftKey: true }, false), null);
  assert.equal(actionFor({ key: 'F1', shiftKey: true }, false), null);
});

test('the modifier is named for the platform', () => {
  assert.equal(modifierName(true), '⌘');
  assert.equal(modifierName(false), 'Ctrl');
});

test('slash searches except while typing; Ctrl+F always', () => {
  assert.equal(actionFor({ key: '/' }, false), 'search');
  assert.equal(actionFor({ key: '/', editable: true }, false), null);
  assert.equal(actionFor({ key: 'f', ctrlKey: true, editable: true }, false), 'search');
});
