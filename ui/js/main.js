// Boots the page: loads the message catalog, decides between the first-run
// set-up and the app's views, draws the navigation, routes keyboard
// shortcuts, and tells the shell when the first view is up.

import * as bridge from './bridge.js';
import { storeUnavailable } from './data-card.js';
import { h, replaceChildren } from './dom.js';
import { usableLocale } from './format.js';
import { createTranslator, loadMessages } from './i18n.js';
import { hashFor, viewForHash } from './router.js';
import { actionFor } from './shortcuts.js';
import { showToast } from './toast.js';
import * as help from './views/help.js';
import * as home from './views/home.js';
import * as settings from './views/settings.js';
import * as setup from './views/setup.js';

/**
 * What every view's render() receives.
 * @typedef {{
 *   t: import('./i18n.js').Translate, bridge: typeof bridge, toast: typeof showToast,
 *   locale: string, isMac: boolean, profile: import('./bridge.js').ProfileState|null,
 *   profileSaved: (state: import('./bridge.js').ProfileState|null, options?: {stay?: boolean}) => void,
 * }} ViewContext
 */

/** Views in sidebar order. Later views add themselves here. */
const VIEWS = [
  { id: 'home', labelKey: 'nav.home', module: home },
  { id: 'settings', labelKey: 'nav.settings', module: settings },
  { id: 'help', labelKey: 'nav.help', module: help },
];
const SETUP_VIEW = { id: 'setup', labelKey: 'nav.setup', module: setup };

const locale = usableLocale([...(navigator.languages ?? []), navigator.language]);
const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const app = {
  /** @type {import('./i18n.js').Translate} */ t: (key) => key,
  /** @type {import('./bridge.js').ProfileState|null} */ profile: null,
  /** The shown view's handle, for actions such as save. */ current: {},
  storeError: null,
};

function context() {
  return { t: app.t, bridge, toast: showToast, locale, isMac, profile: app.profile, profileSaved };
}

function profileSaved(state, { stay = false } = {}) {
  app.profile = state;
  const target = hashFor('home');
  if (!stay && state && location.hash !== target) location.hash = target; // hashchange re-renders
  else show();
}

function renderNav(current) {
  const items = VIEWS.map((view) => h('li', {},
    h('a', { class: 'nav-link', href: hashFor(view.id), 'aria-current': view.id === current.id ? 'page' : false },
      app.t(view.labelKey))));
  replaceChildren(document.getElementById('nav-list'), ...items);
}

function show() {
  const { t } = app;
  const main = document.getElementById('main');
  const needsSetup = app.profile == null && !app.storeError;
  document.body.classList.toggle('setup-mode', needsSetup);
  const view = needsSetup ? SETUP_VIEW : viewForHash(location.hash, VIEWS);
  renderNav(view);
  document.title = `${t(view.labelKey)} · ${t('app.name')}`;
  if (app.storeError && view.id !== 'help') {
    replaceChildren(main, storeUnavailable(app.storeError, t));
    app.current = {};
    return;
  }
  const hadFocusInMain = main.contains(document.activeElement);
  app.current = view.module.render(main, context()) ?? {};
  // Screen readers hear the new view's title; the set-up focuses its first field itself.
  if (view !== SETUP_VIEW && (hadFocusInMain || document.activeElement === document.body)) {
    main.querySelector('h1')?.focus();
  }
}

function onKey(event) {
  const action = actionFor(event, isMac);
  if (!action) return;
  event.preventDefault();
  if (action.startsWith('nav:')) {
    if (app.profile == null && action !== 'nav:help') return;
    location.hash = hashFor(action.slice(4));
  } else {
    app.current.onAction?.(action);
  }
}

function translateStatic(t) {
  document.documentElement.lang = 'en';
  document.querySelector('.skip-link').textContent = t('app.skip_to_content');
  document.querySelector('.sidebar').setAttribute('aria-label', t('nav.main'));
}

async function boot() {
  app.t = createTranslator(await loadMessages('en'));
  translateStatic(app.t);
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', show);
  bridge.appStatus().then(
    (status) => { document.getElementById('sidebar-foot').textContent = app.t('sidebar.version', { version: status.app_version }); },
    () => {});
  try {
    app.profile = await bridge.getProfile();
  } catch (error) {
    app.storeError = error;
  }
  show();
  // Two frames: the first is scheduled before paint, the second runs after it.
  requestAnimationFrame(() => requestAnimationFrame(() => { bridge.uiReady().catch(() => {}); }));
}

boot().catch((error) => {
  document.getElementById('main').textContent = app.t('app.start_failed', { message: error.message });
});
