/**
 * The peer pages' CSS, written as a D3 author would for this one diagram: the site's diagram
 * palette (the same light-dark() colours, src/styles/global.css) on short class names. Split in
 * two so the HTML+CSS limit page takes only what paints the picture, and the D3 page adds its
 * page layout and interaction states. Both are inlined in a <style> element: a few hundred bytes
 * gzip is less than the cost of one more request on a 150 ms round trip.
 */

/** What paints the SVG: colours, strokes, text. */
export const PAINT_CSS = `
:root{color-scheme:light dark;--bg:light-dark(#fdfdfb,#111418);--text:light-dark(#1b1f24,#e8eaed);--muted:light-dark(#4a5360,#b4bcc7);--threat:light-dark(#c0392b,#ff7b6b);--air:light-dark(rgb(86 180 233/.16),rgb(86 180 233/.14));--orbit:light-dark(#6e7681,#8b949e);--band:light-dark(rgb(120 130 145/.09),rgb(200 210 225/.06));--earth:light-dark(#dfe6d8,#2a3324);--ground:light-dark(#5b6b4e,#93a883);--earth-text:light-dark(#33402b,#dbe6cf)}
body{margin:0;padding:0 .5rem;background:var(--bg);color:var(--text);font:17px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
svg{display:block;width:100%;height:auto}
.atmosphere{fill:var(--air)}
.orbit{fill:none;stroke:var(--orbit);stroke-width:1.5;stroke-dasharray:6 5}
.higher{stroke-dasharray:2 6}
.earth{fill:var(--earth);stroke:var(--ground);stroke-width:2}
.sky text,.bands text{fill:var(--muted)}
.sky .scale-note{fill:var(--earth-text);font-weight:600}
.band{fill:none}
.band.odd{fill:var(--band)}
.divider{stroke:var(--orbit);stroke-dasharray:3 4}
.bands .title{fill:var(--text);font-weight:700}
.threat-path{fill:none;stroke:var(--threat);stroke-width:3.5;stroke-linecap:round}
.threat text,.mark text{fill:var(--text);font-weight:600}
.launch{--mark:var(--text)}
.layer-space-sensor{--mark:light-dark(#0068a3,#56b4e9)}
.layer-boost-phase{--mark:light-dark(#b34700,#ff8f4d)}
.layer-midcourse{--mark:light-dark(#00785a,#3dd6a3)}
.layer-terminal{--mark:light-dark(#a0407a,#e69fc8)}
.layer-cross-cutting{--mark:light-dark(#8a5a00,#e6b34d)}
.solid{fill:var(--mark);stroke:var(--mark)}
.outline{fill:var(--bg);stroke:var(--mark);stroke-width:2.5}
.stroke{fill:none;stroke:var(--mark);stroke-width:2.5}
.thick{stroke-width:4;stroke-linecap:round}
.flyout{fill:none;stroke:var(--mark);stroke-width:2;stroke-dasharray:5 4}
.leader{stroke:var(--muted);stroke-width:1.25}
`.trim();

/** The D3 page's own: its layout, the threat switch, the selection panel, faded and focused marks. */
export const PAGE_CSS = `
main{max-width:72rem;margin:0 auto}
figure{margin:0}
h1{font-size:1.5rem;line-height:1.25;margin:.75rem 0}
.switch{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 .75rem}
.switch button{font:inherit;padding:.35rem .75rem;border:1px solid var(--muted);border-radius:999px;background:var(--bg);color:var(--text);cursor:pointer}
.switch button[aria-pressed=true]{background:light-dark(#0b57a4,#8cc4ff);border-color:transparent;color:light-dark(#fff,#0b1320);font-weight:600}
.sky,.bands,.threat{pointer-events:none}
.mark{cursor:pointer;outline:none}
.hit{fill:transparent}
.mark:hover text,.mark.selected text{text-decoration:underline}
.mark:focus-visible .hit{stroke:light-dark(#b3261e,#ffb4a9);stroke-width:3}
.mark.faded .glyph,.mark.faded .flyout{opacity:.3}
.mark.faded text{fill:var(--muted);font-style:italic}
.key{margin:.5rem 0 0;padding-left:1.75rem;columns:2 12rem}
#detail{margin-top:1rem;padding:.5rem .75rem;border:1px solid var(--muted);border-radius:6px}
#detail h2{font-size:1.1rem;margin:0}
#detail p{margin:.25rem 0}
`.trim();
