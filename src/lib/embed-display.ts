/**
 * How an embed page shows itself, from its query: `?theme=light|dark` (else the reader's system
 * setting) and `?title=0` (hide the title). It must apply before the first paint, so the theme
 * never flashes: the code runs as a tiny inline script in the embed's <head> (no request, so
 * nothing blocks rendering), allowed by the Content Security Policy through its hash.
 *
 * The script is a string because it is inlined as is; its behaviour is tested by running it
 * against a stand-in document (src/lib/embed-display.test.ts).
 */

export const EMBED_DISPLAY_SCRIPT =
  '(function(q,r){var t=q.get("theme");' +
  'if(t==="light"||t==="dark")r.setAttribute("data-theme",t);' +
  'if(q.get("title")==="0")r.setAttribute("data-embed-title","hidden")' +
  '})(new URLSearchParams(location.search),document.documentElement)';
