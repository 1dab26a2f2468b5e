// What every view does the same way: load its data so that only the newest
// answer is drawn, and redraw without losing her place (focus and scroll).
// Views mount through `render(container, ctx)`; errors that need her stay
// on the page beside what they are about: a form's under its fields, an
// action's right after the control she used (`showBeside`), until she
// dismisses it or uses that control again; only a failure with nothing on
// the page to stand beside goes to a toast that waits to be dismissed.

/** What a superseded answer resolves to: nothing to draw. */
export const STALE = Symbol('stale');

/**
 * A guard for one kind of request: `guard(promise)` gives the promise's
 * value when no newer request was made since, else `STALE`. A slow search
 * or story that comes back after a newer one is then never drawn over it.
 * @returns {<T>(promise: Promise<T>) => Promise<T | typeof STALE>}
 */
export function newest() {
  let latest = 0;
  return async (promise) => {
    const mine = ++latest;
    const value = await promise;
    return mine === latest ? value : STALE;
  };
}

/**
 * Redraws with `draw` and puts her back where she was: the control she was
 * in (found again by its id once the redrawn view has drawn it) and the
 * page's scroll. A view that draws its data later is waited for, a few
 * frames at most.
 * @param {() => unknown} draw
 * @param {{document?: Document, frames?: number}} [options]
 */
export function keepPlace(draw, { document: doc = globalThis.document, frames = 60 } = {}) {
  const id = doc.activeElement && doc.activeElement !== doc.body ? doc.activeElement.id : '';
  const page = doc.scrollingElement;
  const top = page ? page.scrollTop : 0;
  const result = draw();
  let left = frames;
  // The scroll is put back once, as soon as the page is tall enough: after that her own scrolling
  // is hers, even while focus still waits for a control that is drawn later (or never again).
  let scrolled = !page;
  const restore = () => {
    if (!scrolled && page.scrollHeight - page.clientHeight >= top) {
      page.scrollTop = top;
      scrolled = page.scrollTop === top;
    }
    const target = id ? doc.getElementById(id) : null;
    if (target) target.focus({ preventScroll: true });
    if ((!target && id) || !scrolled) {
      if (left-- > 0) requestAnimationFrame(restore);
    }
  };
  requestAnimationFrame(restore);
  return result;
}

/** The alert shown after each control, so that a second failure replaces the first. */
const besideAlerts = new WeakMap();

/**
 * Puts `alert` right after `anchor` (the control or card the failure is
 * about), in place of any alert shown there before.
 * @param {Element} anchor @param {Element} alert
 */
export function showBeside(anchor, alert) {
  clearBeside(anchor);
  anchor.insertAdjacentElement('afterend', alert);
  besideAlerts.set(anchor, alert);
}

/** Takes away the alert shown after `anchor`, if any: she is dealing with it. @param {Element} anchor */
export function clearBeside(anchor) {
  besideAlerts.get(anchor)?.remove();
  besideAlerts.delete(anchor);
}

/**
 * Remembers the control she last used inside `root` (a click, or Enter or
 * Space on a button, which the page turns into a click), and clears the
 * alert beside it as she tries again. `last()` is that control while it is
 * still on the page, else null.
 * @param {EventTarget} root
 */
export function trackControls(root) {
  /** @type {Element|null} */ let control = null;
  root.addEventListener('click', (event) => {
    const target = /** @type {any} */ (event.target);
    const used = target && typeof target.closest === 'function' ? target.closest('button, a, summary, input, select') : null;
    if (!used) return;
    clearBeside(used);
    control = used;
  }, true);
  return { last: () => (control && control.isConnected ? control : null) };
}
