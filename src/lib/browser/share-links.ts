/**
 * Keeps each share block's links on the view on screen: before a click, a focus or a hover
 * reaches them, the Classroom and e-mail links and the copy button's text are rewritten from the
 * current query (the diagram's view parameters only). A capturing listener on the block, so it
 * runs before the copy button's own click handler reads `data-copy-text`.
 */
import { classroomShareUrl, emailShareUrl, viewAddress } from '../share-links.ts';

export function startShareLinks(root: HTMLElement): void {
  const page = root.dataset.sharePage ?? location.href;
  const title = root.dataset.shareTitle ?? document.title;
  const anchor = root.dataset.shareAnchor ?? '';
  let params: string[] = [];
  try {
    params = JSON.parse(root.dataset.shareParams ?? '[]') as string[];
  } catch {
    params = [];
  }
  const refresh = () => {
    const url = viewAddress(page, params, location.search, anchor);
    root.querySelector<HTMLAnchorElement>('[data-share="classroom"]')?.setAttribute('href', classroomShareUrl(url, title));
    root.querySelector<HTMLAnchorElement>('[data-share="email"]')?.setAttribute('href', emailShareUrl(url, title));
    root.querySelector<HTMLElement>('[data-copy-text]')?.setAttribute('data-copy-text', url);
  };
  for (const type of ['click', 'focusin', 'pointerover', 'keydown']) root.addEventListener(type, refresh, { capture: true });
}
