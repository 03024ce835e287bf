/*
 * Golden Dome, Explained: optional resize script for embedded diagrams (licence: MIT).
 * Fits each <iframe data-golden-dome-embed> to its content's height. It accepts a message only
 * when it comes from one of those frames (the frame's own window), from this script's origin
 * (or the opaque "null" origin of a sandboxed frame that points there), and with the exact shape
 * {type: "golden-dome:resize", diagram: "<id>", height: <number>}. Anything else is ignored.
 */
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src, window.location.href).origin : '';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'golden-dome:resize') return;
    if (typeof data.diagram !== 'string' || !/^[a-z0-9-]{1,40}$/.test(data.diagram)) return;
    if (typeof data.height !== 'number' || !isFinite(data.height) || data.height <= 0 || data.height >= 20000) return;
    if (event.origin !== origin && event.origin !== 'null') return;
    var frames = document.querySelectorAll('iframe[data-golden-dome-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, window.location.href).origin !== origin) return;
      // The box that sizes the frame: .golden-dome-embed-frame, or .golden-dome-embed in older snippets.
      var wrapper = frame.parentElement;
      if (wrapper && (wrapper.classList.contains('golden-dome-embed-frame') || wrapper.classList.contains('golden-dome-embed'))) {
        wrapper.style.paddingBottom = '0';
        wrapper.style.height = Math.ceil(data.height) + 'px';
      } else {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
      frame.setAttribute('data-golden-dome-height', String(Math.ceil(data.height)));
      return;
    }
  });
  // This script loads async: frames that reported their height before it listened are asked
  // again (a frame that has not loaded yet reports on its own once it has).
  var present = document.querySelectorAll('iframe[data-golden-dome-embed]');
  for (var j = 0; j < present.length; j++) {
    if (present[j].contentWindow) present[j].contentWindow.postMessage({ type: 'golden-dome:measure' }, '*');
  }
})();
