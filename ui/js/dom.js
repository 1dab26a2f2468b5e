// A tiny element builder. Text always goes in as text nodes, never as HTML,
// so nothing the user typed can become markup; and no style= attributes are
// ever written, because the CSP forbids inline styles; nor on* attributes as
// text, only handlers as functions.

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string|number|boolean|EventListener|null|undefined>} [attrs]
 * @param {...(Node|string|null|undefined|false|Array<any>)} children nested arrays are flattened
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) {
      if (value == null || value === false) continue;
      // A handler is a function, never text: an on* string would be code the CSP refuses anyway.
      if (typeof value !== 'function') throw new Error(`${name}: an event handler must be a function, not ${typeof value}`);
      el.addEventListener(name.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
    } else if (name === 'class') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value != null) {
      if (name === 'style') throw new Error('inline styles are forbidden by the CSP; use a class');
      el.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : /** @type {Node} */ (child));
  }
  return el;
}

/** Optional parts given as null or false are left out, as h() does (never shown as "null"). @param {Element} el @param {...(Node|string|null|false|Array<any>)} nodes */
export function replaceChildren(el, ...nodes) {
  el.replaceChildren(...nodes.flat(Infinity).filter((node) => node != null && node !== false));
}

/**
 * An SVG drawn by the core, as a node. The core escapes every text it draws;
 * scripts, foreign content, handlers and inline styles are still dropped here,
 * so nothing in a picture can run or break the CSP.
 * @param {string} text
 * @returns {Element}
 */
export function svgFromText(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length) throw new Error('the picture could not be read');
  for (const node of [...root.querySelectorAll('script, foreignObject')]) node.remove();
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      if (/^on/i.test(attribute.name) || attribute.name === 'style') node.removeAttribute(attribute.name);
    }
  }
  return document.importNode(root, true);
}
