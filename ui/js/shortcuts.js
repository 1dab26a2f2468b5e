// Keyboard shortcuts, as a pure mapping from a key event to an action so
// that it can be tested without a window. Help lists the same table.

/** @typedef {{key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean, shiftKey?: boolean, editable?: boolean}} KeyLike */

/** Shortcut rows for Help: keys (with "Mod" for Ctrl or ⌘) and the catalog key of the action. */
export const SHORTCUTS = [
  { keys: ['Mod', '1'], action: 'nav:home', labelKey: 'help.shortcut.home' },
  { keys: ['Mod', '2'], action: 'nav:assess', labelKey: 'help.shortcut.assess' },
  { keys: ['Mod', '3'], action: 'nav:plan', labelKey: 'help.shortcut.plan' },
  { keys: ['Mod', '4'], action: 'nav:money', labelKey: 'help.shortcut.money' },
  { keys: ['Mod', '5'], action: 'nav:explore', labelKey: 'help.shortcut.explore' },
  { keys: ['Mod', ','], action: 'nav:settings', labelKey: 'help.shortcut.settings' },
  { keys: ['F1'], action: 'nav:help', labelKey: 'help.shortcut.help' },
  { keys: ['Mod', 'S'], action: 'save', labelKey: 'help.shortcut.save' },
  { keys: ['Mod', 'L'], action: 'log', labelKey: 'help.shortcut.log' },
  { keys: ['Mod', 'P'], action: 'print', labelKey: 'help.shortcut.print' },
  { keys: ['/'], action: 'search', labelKey: 'help.shortcut.search' },
  { keys: ['Mod', 'F'], action: 'search', labelKey: 'help.shortcut.search' },
];

/**
 * @param {KeyLike} event
 * @param {boolean} isMac ⌘ is the modifier on macOS, Ctrl elsewhere
 * @returns {string|null}
 */
export function actionFor(event, isMac) {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (event.altKey) return null;
  if (!mod && !event.shiftKey && event.key === 'F1') return 'nav:help';
  // "/" searches, unless the user is typing (then it is just a slash).
  if (!mod && !event.ctrlKey && !event.metaKey && event.key === '/' && !event.editable) return 'search';
  if (!mod || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case '1': return 'nav:home';
    case '2': return 'nav:assess';
    case '3': return 'nav:plan';
    case '4': return 'nav:money';
    case '5': return 'nav:explore';
    case ',': return 'nav:settings';
    case 's': return 'save';
    case 'l': return 'log';
    case 'p': return 'print';
    case 'f': return 'search';
    default: return null;
  }
}

/** How "Mod" is written on this platform. @param {boolean} isMac */
export function modifierName(isMac) {
  return isMac ? '⌘' : 'Ctrl';
}
