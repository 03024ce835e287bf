/**
 * Height messages from an embed page to its host, sent whenever the page's height changes:
 * `{"subject":"lti.frameResize","height":N}`, which Canvas and other learning platforms
 * understand, and `{"type":"golden-dome:resize","diagram":id,"height":N}` for the optional
 * resize script (public/embed.js). Only a height and an id leave the frame.
 */

export const RESIZE_TYPE = 'golden-dome:resize';

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  diagram: string;
  height: number;
}

export function startResizeMessages(root: HTMLElement): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    const diagram = root.dataset.diagram ?? '';
    window.parent.postMessage({ subject: 'lti.frameResize', height }, '*');
    window.parent.postMessage({ type: RESIZE_TYPE, diagram, height } satisfies ResizeMessage, '*');
  };
  new ResizeObserver(send).observe(root);
  window.addEventListener('load', send);
  send();
}
