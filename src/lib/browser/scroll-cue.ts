/**
 * Where a region that scrolls sideways has more to show: `data-overflow` on its frame lists the
 * edges with content beyond them ("start", "end" or both; absent when everything fits), kept true
 * as the reader scrolls and as the page or the content changes size. CSS shows the "scroll
 * sideways" hint from it (the requirements matrix); the shadows at the edges need no script
 * (components.css). The hint's line is kept when hidden, so nothing moves when this runs.
 */

/** The edges of a scroller with content beyond them; a pixel of rounding is not overflow. */
export function overflowEdges(scrollLeft: number, clientWidth: number, scrollWidth: number): ('start' | 'end')[] {
  const hidden = scrollWidth - clientWidth;
  if (hidden <= 1) return [];
  const scrolled = Math.abs(scrollLeft);
  return [...(scrolled > 1 ? (['start'] as const) : []), ...(scrolled < hidden - 1 ? (['end'] as const) : [])];
}

/** Keep `frame`'s `data-overflow` true to `scroller`; returns the undo. */
export function watchOverflow(scroller: HTMLElement, frame: HTMLElement): () => void {
  const update = () => {
    const edges = overflowEdges(scroller.scrollLeft, scroller.clientWidth, scroller.scrollWidth);
    if (edges.length > 0) frame.dataset.overflow = edges.join(' ');
    else delete frame.dataset.overflow;
  };
  const resizes = new ResizeObserver(update);
  resizes.observe(scroller);
  for (const child of scroller.children) resizes.observe(child);
  scroller.addEventListener('scroll', update, { passive: true });
  update();
  return () => {
    resizes.disconnect();
    scroller.removeEventListener('scroll', update);
  };
}
