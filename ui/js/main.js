// Boots the page: loads the message catalog, decides between the first-run
// set-up, the recovery screen and the app's views, draws the navigation,
// routes keyboard shortcuts, and tells the shell when the first view is up.

import * as bridge from './bridge.js';
import { confirmDialog } from './confirm.js';
import { h, replaceChildren } from './dom.js';
import { shortMonthNames, usableLocale } from './format.js';
import { linkTerms } from './glossary.js';
import { createTranslator, loadMessages } from './i18n.js';
import { hashFor, viewForHash } from './router.js';
import { actionFor } from './shortcuts.js';
import { keepPlace, trackControls } from './view-kit.js';
import { showToast } from './toast.js';
import * as about from './views/about.js';
import * as assess from './views/assess.js';
import * as planDocument from './views/document.js';
import * as explore from './views/explore.js';
import * as help from './views/help.js';
import * as home from './views/home.js';
import * as money from './views/money.js';
import * as plan from './views/plan.js';
import * as progress from './views/progress.js';
import * as recovery from './views/recovery.js';
import * as settings from './views/settings.js';
import * as setup from './views/setup.js';

/**
 * What every view's render() receives.
 * @typedef {{
 *   t: import('./i18n.js').Translate, bridge: typeof bridge, toast: typeof showToast,
 *   locale: string, isMac: boolean, options: import('./protocol.js').ProfileOptions,
 *   profile: import('./protocol.js').ProfileState|null, storeError: {code: string, message: string}|null,
 *   profileSaved: (state: import('./protocol.js').ProfileState|null, options?: {stay?: boolean, quiet?: boolean}) => void,
 *   dataReplaced: () => Promise<void>,
 * }} ViewContext
 */

/** Views in sidebar order. Later views add themselves here. */
const VIEWS = [
  { id: 'home', labelKey: 'nav.home', module: home },
  { id: 'assess', labelKey: 'nav.assess', module: assess },
  { id: 'plan', labelKey: 'nav.plan', module: plan },
  { id: 'money', labelKey: 'nav.money', module: money },
  { id: 'progress', labelKey: 'nav.progress', module: progress },
  { id: 'document', labelKey: 'nav.document', module: planDocument },
  { id: 'explore', labelKey: 'nav.explore', module: explore },
  { id: 'settings', labelKey: 'nav.settings', module: settings },
  { id: 'help', labelKey: 'nav.help', module: help },
  { id: 'about', labelKey: 'nav.about', module: about },
];
const SETUP_VIEW = { id: 'setup', labelKey: 'nav.setup', module: setup };
const RECOVERY_VIEW = { id: 'recovery', labelKey: 'nav.recovery', module: recovery };

const locale = usableLocale([...(navigator.languages ?? []), navigator.language]);
const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const app = {
  /** @type {import('./i18n.js').Translate} */ t: (key) => key,
  /** @type {import('./protocol.js').ProfileOptions|null} */ options: null,
  /** @type {import('./protocol.js').ProfileState|null} */ profile: null,
  /** @type {{code: string, message: string}|null} */ storeError: null,
  /** The view on screen, and its handle (for save, and for unsaved changes). */
  shown: null,
  current: {},
  /** The hash to go back to when the user chooses to stay on a view. */
  hash: location.hash,
};

/** The control she last used in the view: an action's failure is shown right after it. */
const controls = trackControls(/** @type {HTMLElement} */ (document.getElementById('main')));

function context() {
  return {
    t: app.t, bridge, toast: (text, options) => showToast(text, { dismissLabel: app.t('common.dismiss'), near: options?.kind === 'error' ? controls.last() : null, ...options }), locale, isMac, options: app.options, profile: app.profile,
    storeError: app.storeError, profileSaved, dataReplaced,
  };
}

function profileSaved(state, { stay = false, quiet = false } = {}) {
  app.profile = state;
  // A change the view already shows (a default recorded as it was said) needs no redraw.
  if (quiet) return;
  const target = hashFor('home');
  if (!stay && state && location.hash !== target) location.hash = target; // hashchange re-renders
  else show({ force: true });
}

/** After a restore, an import or a recovery: read everything again. */
async function dataReplaced() {
  bridge.forgetCatalog();
  await loadProfile();
  show({ force: true });
}

async function loadProfile() {
  try {
    app.profile = await bridge.getProfile();
    app.storeError = null;
  } catch (error) {
    app.profile = null;
    app.storeError = error;
  }
}

/** The view the app should show now. */
function currentView() {
  if (app.storeError && viewForHash(location.hash, VIEWS).id !== 'help') return RECOVERY_VIEW;
  if (app.profile == null && !app.storeError) return SETUP_VIEW;
  return viewForHash(location.hash, VIEWS);
}

function renderNav(current) {
  const items = VIEWS.map((view) => h('li', {},
    h('a', { class: 'nav-link', href: hashFor(view.id), 'aria-current': view.id === current.id ? 'page' : false },
      app.t(view.labelKey))));
  replaceChildren(document.getElementById('nav-list'), ...items);
}

function show({ force = false } = {}) {
  const { t } = app;
  const view = currentView();
  // The set-up keeps its answers while it runs: a stray hash change must not restart it.
  if (!force && view === app.shown && view === SETUP_VIEW) return;
  const main = document.getElementById('main');
  document.body.classList.toggle('setup-mode', view === SETUP_VIEW);
  renderNav(view);
  document.title = `${t(view.labelKey)} · ${t('app.name')}`;
  bridge.setViewTitle(document.title).catch(() => {}); // the page works the same without it
  const hadFocusInMain = main.contains(document.activeElement);
  // The same view drawn again (a saved answer, a replaced store) keeps her place; a new view starts at its top.
  const redraw = force && view === app.shown && location.hash === app.hash;
  app.shown = view;
  app.hash = location.hash;
  const render = () => view.module.render(main, context()) ?? {};
  app.current = redraw ? keepPlace(render) : render();
  if (redraw) return;
  if (app.focusLog && view.id === 'progress') {
    app.focusLog = false;
    app.current.onAction?.('log');
    return;
  }
  if (app.printWhenReady && view.id === 'document') {
    app.printWhenReady = false;
    app.current.onAction?.('print');
  }
  if (app.focusSearch && view.id === 'explore') {
    app.focusSearch = false;
    app.current.onAction?.('search');
    return;
  }
  // Screen readers hear the new view's title; the set-up focuses its first field itself.
  if (view !== SETUP_VIEW && (hadFocusInMain || document.activeElement === document.body)) {
    main.querySelector('h1')?.focus();
  }
}

/** Leaving a view with unsaved changes asks first. */
async function onHashChange() {
  if (location.hash === app.hash) return;
  if (app.current.canLeave && !app.current.canLeave()) {
    const target = location.hash;
    history.replaceState(null, '', app.hash || '#');
    const leave = await confirmDialog({
      title: app.t('unsaved.title'), body: [app.t('unsaved.text')],
      confirm: app.t('unsaved.discard'), cancel: app.t('unsaved.stay'),
    });
    if (!leave) return;
    history.replaceState(null, '', target);
  }
  show();
}

function onKey(event) {
  const editable = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]') !== null;
  const action = actionFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, editable }, isMac);
  if (!action) return;
  if (action.startsWith('nav:')) {
    event.preventDefault();
    // During the set-up and the recovery screen, the other views are not reachable yet.
    if (app.shown === SETUP_VIEW || app.shown === RECOVERY_VIEW) return;
    location.hash = hashFor(action.slice(4));
  } else if (action === 'log' && app.shown !== SETUP_VIEW && app.shown !== RECOVERY_VIEW && app.shown?.id !== 'progress') {
    event.preventDefault();
    app.focusLog = true;
    location.hash = hashFor('progress');
  } else if (action === 'print' && app.shown !== SETUP_VIEW && app.shown !== RECOVERY_VIEW && app.shown?.id !== 'document') {
    // From any view, printing prints the plan: its page opens, then the dialog.
    event.preventDefault();
    app.printWhenReady = true;
    location.hash = hashFor('document');
  } else if (action === 'search' && app.shown !== SETUP_VIEW && app.shown !== RECOVERY_VIEW && app.shown?.id !== 'explore') {
    // From any other view, the search shortcut opens Explore with the cursor in its box.
    event.preventDefault();
    app.focusSearch = true;
    location.hash = hashFor('explore');
  } else if (app.current.onAction) {
    event.preventDefault();
    app.current.onAction(action);
  }
}

function wireStatic(t) {
  document.documentElement.lang = 'en';
  const skip = document.querySelector('.skip-link');
  skip.textContent = t('app.skip_to_content');
  // Move focus without touching the location: "#main" is not a view.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main').focus();
  });
  document.querySelector('.sidebar').setAttribute('aria-label', t('nav.main'));
}

async function boot() {
  app.t = createTranslator(await loadMessages('en'));
  wireStatic(app.t);
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', onHashChange);
  app.options = await bridge.profileOptions();
  bridge.appStatus().then(
    (status) => { document.getElementById('sidebar-foot').textContent = app.t('sidebar.version', { version: status.app_version }); },
    () => {});
  await loadProfile();
  watchTerms(document.getElementById('main'));
  show();
  // Two frames: the first is scheduled before paint, the second runs after it.
  requestAnimationFrame(() => requestAnimationFrame(() => { bridge.uiReady().catch(() => {}); }));
  remindAtStart();
}

/**
 * Links the first use of each glossary term on the screen to Help, however
 * the view drew its text (at once or when its data came): once a frame,
 * after the view's changes. Not during the set-up, which leads nowhere else.
 */
function watchTerms(main) {
  let pending = false;
  const run = () => {
    pending = false;
    if (!document.body.classList.contains('setup-mode')) linkTerms(main);
  };
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(run);
    }
  }).observe(main, { childList: true, subtree: true });
}

/** The start-up reminder; shown in the page when the system has no notifications. */
async function remindAtStart() {
  const t = app.t;
  const words = {
    title: t('reminder.title'), exam: t('reminder.exam'), follow_up: t('reminder.follow_up'),
    application: t('reminder.application'), months: shortMonthNames(locale),
  };
  const shown = await bridge.startupReminder(words).catch(() => null);
  if (shown && !shown.notified) showToast(`${shown.reminder.title}: ${shown.reminder.body.replaceAll('\n', '; ')}`);
}

boot().catch((error) => {
  document.getElementById('main').textContent = app.t('app.start_failed', { message: error.message });
});
