import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deferModuleScripts } from '../../src/node/html-tidy.ts';
import { dynamicSpecifiers, gzipSize, importedSpecifiers, scriptUrls, weighPage } from '../../scripts/lib/page-weight.ts';

describe('scriptUrls', () => {
  it('finds module scripts and island component and renderer URLs', () => {
    const html =
      '<script type="module" src="/_astro/a.js"></script><astro-island component-url="/_astro/B.js" renderer-url="/_astro/client.js" before-hydration-url=""></astro-island>';
    expect(scriptUrls(html)).toEqual(['/_astro/a.js', '/_astro/B.js', '/_astro/client.js']);
  });

  it('counts the scripts that the site pages import after their first paint, at load too', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="script-src 'self'"></head><body><script type="module" src="/_astro/a.js"></script></body>`;
    const deferred = deferModuleScripts(page);
    expect(deferred).not.toContain('src="/_astro/a.js"');
    expect(scriptUrls(deferred)).toEqual(['/_astro/a.js']);
    expect(scriptUrls(deferred, { atLoad: true })).toEqual(['/_astro/a.js']);
  });
});

describe('scriptUrls at load', () => {
  const html =
    '<astro-island client="interaction" component-url="/_astro/Later.js" renderer-url="/_astro/client.js"></astro-island>' +
    '<astro-island client="idle" component-url="/_astro/Now.js" renderer-url="/_astro/client.js"></astro-island>';
  it('leaves out islands that hydrate on interaction, keeping files an earlier island also needs', () => {
    expect(scriptUrls(html, { atLoad: true })).toEqual(['/_astro/Now.js', '/_astro/client.js']);
    expect(scriptUrls(html)).toEqual(['/_astro/Later.js', '/_astro/client.js', '/_astro/Now.js']);
  });
});

describe('importedSpecifiers', () => {
  it.each([
    ['import{a as b}from"./chunk.js";', ['./chunk.js']],
    ["import './side-effect.js'", ['./side-effect.js']],
    ['export{x}from"../up.js"', ['../up.js']],
    ['const m = import("./lazy.js")', []],
    ['import x from "svelte"', []],
  ])('%s', (code, expected) => {
    expect(importedSpecifiers(code)).toEqual(expected);
  });
});

describe('dynamicSpecifiers', () => {
  it.each([
    ['const m = import("./lazy.js")', ['./lazy.js']],
    ['t(()=>import(`./controller.X.js`).then(e=>e.t))', ['./controller.X.js']],
    [
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);',
      ['/_astro/a.js', '/_astro/b.js'],
    ],
    ['import{a}from"./static.js"', []],
  ])('%s', (code, expected) => {
    expect(dynamicSpecifiers(code)).toEqual(expected);
  });
});

describe('weighPage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gd-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'p'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  const shared = 'export const shared = 1;'.repeat(20);
  writeFileSync(join(dist, '_astro/shared.js'), shared);
  writeFileSync(join(dist, '_astro/a.js'), 'import {shared} from "./shared.js"; console.log(shared);');
  writeFileSync(join(dist, '_astro/b.js'), 'import "./shared.js"; import("./a.js");');
  writeFileSync(join(dist, '_astro/site.css'), 'body{color:red}');
  const html =
    '<link rel="stylesheet" href="/golden-dome/_astro/site.css"><script type="module" src="/golden-dome/_astro/a.js"></script><astro-island component-url="/golden-dome/_astro/b.js"></astro-island>';
  writeFileSync(join(dist, 'p/index.html'), html);

  it('counts each JavaScript file once, following imports, under a base path', () => {
    const weight = weighPage(dist, '/golden-dome/p/', '/golden-dome/');
    expect(weight.jsFiles.sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/shared.js']);
    const expectedJs = ['a.js', 'b.js', 'shared.js'].reduce((sum, name) => sum + gzipSize(readFileSync(join(dist, '_astro', name))), 0);
    expect(weight.js).toBe(expectedJs);
    expect(weight.css).toBe(gzipSize('body{color:red}'));
    expect(weight.total).toBe(weight.html + weight.js + weight.css);
    expect(weight.jsAtLoad).toBe(weight.js);
  });

  it('counts an island that hydrates on interaction in js and total, not in jsAtLoad and totalAtLoad', () => {
    mkdirSync(join(dist, 'q'), { recursive: true });
    writeFileSync(
      join(dist, 'q/index.html'),
      '<script type="module" src="/_astro/a.js"></script><astro-island client="interaction" component-url="/_astro/b.js" data-props-src="/_astro/props/p.json"></astro-island>',
    );
    mkdirSync(join(dist, '_astro/props'), { recursive: true });
    writeFileSync(join(dist, '_astro/props/p.json'), JSON.stringify({ model: 'x'.repeat(400) }));
    const weight = weighPage(dist, '/q/');
    const size = (name: string) => gzipSize(readFileSync(join(dist, '_astro', name)));
    expect(weight.jsAtLoad).toBe(size('a.js') + size('shared.js'));
    expect(weight.js).toBe(size('a.js') + size('shared.js') + size('b.js'));
    expect(weight.totalAtLoad).toBe(weight.html + weight.jsAtLoad + weight.css);
    expect(weight.islandData).toBe(gzipSize(readFileSync(join(dist, '_astro/props/p.json'))));
    expect(weight.total - weight.totalAtLoad).toBe(size('b.js') + weight.islandData);
  });

  it('counts what a script imports dynamically in js and total, not at load, with the dependencies Vite lists for it', () => {
    mkdirSync(join(dist, 'r'), { recursive: true });
    writeFileSync(join(dist, '_astro/lazy.js'), 'export const lazy = "' + 'z'.repeat(300) + '";');
    writeFileSync(join(dist, '_astro/lazy-dep.js'), 'export const dep = "' + 'y'.repeat(300) + '";');
    writeFileSync(
      join(dist, '_astro/loader.js'),
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/lazy.js","_astro/lazy-dep.js"])))=>i.map(i=>d[i]);\nimport "./shared.js"; button.onclick = () => import(`./lazy.js`);',
    );
    writeFileSync(join(dist, 'r/index.html'), '<script type="module" src="/_astro/loader.js"></script>');
    const weight = weighPage(dist, '/r/');
    const size = (name: string) => gzipSize(readFileSync(join(dist, '_astro', name)));
    expect(weight.jsAtLoad).toBe(size('loader.js') + size('shared.js'));
    expect(weight.js).toBe(weight.jsAtLoad + size('lazy.js') + size('lazy-dep.js'));
  });
});
