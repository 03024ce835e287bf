import { describe, expect, it } from 'vitest';
import { moveIslandProps, propsFileName } from './island-props.ts';

const props = '{"model":[0,{"title":[0,"Layers & \\"paths\\""]}]}';
const attribute = props.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const island = (client: string) =>
  `<astro-island uid="a" component-url="/_astro/C.js" client="${client}" props="${attribute}" opts="{}"><svg></svg></astro-island>`;

describe('moveIslandProps', () => {
  it("moves an interaction island's props to a hashed JSON file and leaves its address", () => {
    const { html, files } = moveIslandProps(`<main>${island('interaction')}</main>`, '/base/_astro/props/');
    const name = propsFileName(props);
    expect([...files]).toEqual([[name, props]]);
    expect(html).toBe(
      `<main><astro-island uid="a" component-url="/_astro/C.js" client="interaction" data-props-src="/base/_astro/props/${name}" opts="{}"><svg></svg></astro-island></main>`,
    );
    expect(JSON.parse(files.get(name)!)).toEqual({ model: [0, { title: [0, 'Layers & "paths"'] }] });
  });

  it('leaves islands that hydrate at load or idle alone: their props are needed at once', () => {
    const page = island('idle') + island('load');
    expect(moveIslandProps(page, '/_astro/props/')).toEqual({ html: page, files: new Map() });
  });

  it('gives identical props one file, and different props different files', () => {
    const { html, files } = moveIslandProps(island('interaction') + island('interaction'), '/p/');
    expect(files.size).toBe(1);
    expect(html.match(/data-props-src/g)).toHaveLength(2);
    expect(propsFileName('{"a":1}')).not.toBe(propsFileName('{"a":2}'));
    expect(propsFileName('{"a":1}')).toMatch(/^[\w-]{16}\.json$/);
  });

  it('fails the build, naming the page, when the props are not JSON', () => {
    const broken = '<astro-island client="interaction" props="{not json"></astro-island>';
    expect(() => moveIslandProps(broken, '/p/', 'embed/layers/index.html')).toThrow(
      /^embed\/layers\/index\.html: an island's props are not JSON/,
    );
  });
});
