/**
 * Browser behaviour of the figure tools under every diagram (DiagramTools.astro): the embed
 * dialog's snippets and preview for the current view, downloads of the view on screen as SVG and
 * PNG, and citations with the current permalink. Everything works from the registry entry and
 * the figure's element, so every diagram gets the same tools.
 */
import { citeFigure, embedUrl, iframeSnippet, imageSnippet, permalink, scriptSnippet, viewParams, type Theme } from '../embed-code.ts';
import { standaloneSvg } from '../svg-export.ts';
import type { DiagramInfo } from '../diagram-types.ts';

/** All CSS the page uses, as text (the site's own, same-origin stylesheets). */
function pageCss(): string {
  return [...document.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** The figure on screen as a standalone SVG string. */
export function currentSvg(diagram: DiagramInfo, siteUrl: string): string {
  const figure = document.getElementById(diagram.anchor);
  if (!figure) throw new Error(`No element #${diagram.anchor} on this page.`);
  const clone = figure.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.figure-tools, script, noscript, dialog').forEach((node) => node.remove());
  return standaloneSvg({
    xhtml: new XMLSerializer().serializeToString(clone),
    css: pageCss(),
    width: Math.ceil(figure.getBoundingClientRect().width) + 24,
    height: Math.ceil(figure.scrollHeight) + 8,
    figure: diagram.figure,
    title: diagram.title,
    alt: diagram.alt,
    permalink: permalink(siteUrl, diagram, viewParams(diagram, window.location.search)),
  });
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draw an SVG string at twice its size and return it as a PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}

/** Wire one figure's tools. `root` is the tools' element, with data-diagram (JSON) and data-base. */
export function startFigureTools(root: HTMLElement): void {
  const diagram = JSON.parse(root.dataset.diagram ?? '{}') as DiagramInfo;
  // Where the site is actually served (the build's SITE_URL is for files made at build time).
  const siteUrl = `${window.location.origin}${(root.dataset.base ?? '/').replace(/\/$/, '')}`;
  const status = root.querySelector<HTMLElement>('.tools-status')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  const form = dialog.querySelector<HTMLFormElement>('form.embed-options')!;
  const say = (text: string) => {
    status.textContent = text;
  };

  const refresh = () => {
    const view = viewParams(diagram, window.location.search);
    const data = new FormData(form);
    const theme = String(data.get('theme'));
    const options = { theme: (theme === 'light' || theme === 'dark' ? theme : 'auto') as Theme, showTitle: data.get('title') === 'on' };
    const src = embedUrl(siteUrl, diagram, view, options);
    const page = permalink(siteUrl, diagram, view);
    const snippets: Record<string, string> = {
      iframe: iframeSnippet(diagram, src),
      script: scriptSnippet(diagram, src, `${siteUrl}/embed.js`),
      image: imageSnippet(diagram, `${siteUrl}/downloads/${diagram.id}.svg`, page),
    };
    for (const [kind, code] of Object.entries(snippets)) {
      const area = dialog.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${kind}"]`);
      if (area) area.value = code;
    }
    const preview = dialog.querySelector<HTMLElement>('.embed-preview');
    if (preview && dialog.open) preview.innerHTML = snippets.iframe;
    const today = new Date().toISOString().slice(0, 10);
    const citations = citeFigure(diagram, page, root.dataset.published ?? today, today);
    for (const [format, text] of Object.entries(citations)) {
      const node = root.querySelector<HTMLElement>(`[data-citation="${format}"]`);
      if (node) node.textContent = text;
    }
  };

  form.addEventListener('change', refresh);
  root.querySelector('[data-open-embed]')?.addEventListener('click', () => {
    // The button's command attribute opens the dialog where the browser supports invoker commands.
    if (!('commandForElement' in HTMLButtonElement.prototype) && !dialog.open) dialog.showModal();
    setTimeout(refresh, 0);
  });
  dialog.addEventListener('toggle', refresh);
  dialog.addEventListener('close', () => {
    const preview = dialog.querySelector<HTMLElement>('.embed-preview');
    if (preview) preview.replaceChildren();
  });
  root.querySelector('details.cite')?.addEventListener('toggle', refresh);
  window.addEventListener('popstate', refresh);

  root.querySelector<HTMLButtonElement>('[data-download="svg"]')?.addEventListener('click', () => {
    try {
      save(new Blob([currentSvg(diagram, siteUrl)], { type: 'image/svg+xml' }), `golden-dome-figure-${diagram.figure}-${diagram.id}.svg`);
      say('SVG downloaded: the view on screen.');
    } catch (error) {
      say(`The SVG could not be made: ${(error as Error).message}`);
    }
  });
  root.querySelector<HTMLButtonElement>('[data-download="png"]')?.addEventListener('click', async () => {
    try {
      save(await svgToPng(currentSvg(diagram, siteUrl)), `golden-dome-figure-${diagram.figure}-${diagram.id}.png`);
      say('PNG downloaded at twice the size on screen.');
    } catch (error) {
      say(`The PNG could not be made: ${(error as Error).message}`);
    }
  });
  refresh();
}
