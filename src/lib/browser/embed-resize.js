// @ts-check
// Embed pages tell their host their height whenever it changes: {subject:"lti.frameResize",height},
// which Canvas and other learning platforms read, the same under its namespaced name
// "org.imsglobal.lti.frameResize", which others read, and {type:"golden-dome:resize",diagram,height} for
// public/embed.js. A classic script inlined by EmbedLayout.astro and allowed by its hash in the
// page's CSP: a sandboxed frame's module scripts need CORS headers that plain hosts do not send.
// A host script that arrives after the frame has reported (public/embed.js is async) asks again
// with {type:"golden-dome:measure"}; only the frame's parent is answered, with the height alone.
// The height is the content's (the bottom of <main id="embed">), not the document's scroll height,
// which never falls below the frame's own: measured so, a frame could grow but never shrink.
(function () {
  if (window.parent === window) return;
  const root = document.getElementById('embed');
  if (!root) return;
  const diagram = root.getAttribute('data-diagram') || '';
  let last = 0;
  const content = root; // non-null here; the check's narrowing does not reach into functions
  function contentHeight() {
    const margin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    return Math.ceil(content.getBoundingClientRect().bottom + window.scrollY + margin);
  }
  function send() {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
    window.parent.postMessage({ subject: 'org.imsglobal.lti.frameResize', height: height }, '*');
    window.parent.postMessage({ type: 'golden-dome:resize', diagram: diagram, height: height }, '*');
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'golden-dome:measure') return;
    last = 0;
    send();
  });
  new ResizeObserver(send).observe(root);
  window.addEventListener('load', send);
  send();
})();
