// What every view does the same way: load its data so that only the newest
// answer is drawn, and redraw without losing her place (focus and scroll).
// Views mount through `render(container, ctx)`; errors that need her stay
// on the page beside what they are about (forms) or as a toast that waits
// to be dismissed (toast.js).

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
  const restore = () => {
    const target = id ? doc.getElementById(id) : null;
    if (page && page.scrollHeight - page.clientHeight >= top) page.scrollTop = top;
    if (target) target.focus({ preventScroll: true });
    if ((!target && id) || (page && page.scrollTop !== top)) {
      if (left-- > 0) requestAnimationFrame(restore);
    }
  };
  requestAnimationFrame(restore);
  return result;
}
