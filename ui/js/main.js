// Boots the page: loads the message catalog, draws the navigation, shows the
// view the location names, and tells the shell when the first view is up.

import * as bridge from './bridge.js';
import { h, replaceChildren } from './dom.js';
import { createTranslator, loadMessages } from './i18n.js';
import { usableLocale } from './format.js';
import { hashFor, viewForHash } from './router.js';
import { showToast } from './toast.js';
import * as welcome from './views/welcome.js';

/** Views in sidebar order. Later views add themselves here. */
const VIEWS = [
  { id: 'welcome', labelKey: 'nav.welcome', module: welcome },
];

const locale = usableLocale([...(navigator.languages ?? []), navigator.language]);

function translateStatic(t) {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.querySelector('.skip-link').textContent = t('app.skip_to_content');
  document.querySelector('.sidebar').setAttribute('aria-label', t('nav.main'));
}

function renderNav(t, current) {
  const items = VIEWS.map((view) => h('li', {},
    h('a', {
      class: 'nav-link',
      href: hashFor(view.id),
      'aria-current': view.id === current.id ? 'page' : false,
    }, t(view.labelKey))));
  replaceChildren(document.getElementById('nav-list'), ...items);
}

async function show(t) {
  const view = viewForHash(location.hash, VIEWS);
  renderNav(t, view);
  document.title = `${t(view.labelKey)} · ${t('app.name')}`;
  const main = document.getElementById('main');
  const status = await view.module.render(main, { t, bridge, toast: showToast, locale });
  if (status?.app_version) {
    document.getElementById('sidebar-foot').textContent = t('sidebar.version', { version: status.app_version });
  }
}

async function boot() {
  const t = createTranslator(await loadMessages('en'));
  translateStatic(t);
  window.addEventListener('hashchange', () => show(t));
  await show(t);
  // Two frames: the first is scheduled before paint, the second runs after it.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    bridge.uiReady().catch(() => {});
  }));
}

boot().catch((error) => {
  const main = document.getElementById('main');
  main.textContent = `Pathway could not start its window: ${error.message}`;
});
