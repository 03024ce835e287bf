/**
 * The cartridge writer on a small course of its own: the manifest's shape, the QTI item's scoring,
 * escaping of hostile text, and the failures (a wrong answer index, two files at one path, a bad
 * date). The built course itself is tested in tests/e2e/cartridge.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { manifestXml } from './manifest.ts';
import type { Cartridge } from './model.ts';
import { xmlName } from './model.ts';
import { cartridgeFiles, packCartridge } from './package.ts';
import { assessmentXml, choiceIdent } from './qti.ts';
import { discussionXml, htmlPage, webLinkXml } from './resources.ts';

const hostile = `</title><script>alert("x")</script> & 'quotes'`;
const course: Cartridge = {
  id: 'test-course',
  title: `Course ${hostile}`,
  description: 'A test',
  rights: 'CC BY 4.0',
  keywords: ['a', 'b'],
  modules: [
    {
      id: 'one',
      title: 'Module one',
      resources: [
        { id: 'page-one', title: 'Page', kind: 'webcontent', path: 'pages/one.html', content: htmlPage('Page', '<p>Hi</p>') },
        {
          id: 'topic',
          title: hostile,
          kind: 'discussion',
          path: 'discussions/topic.xml',
          content: discussionXml(hostile, `<p>${hostile}</p>`),
        },
        { id: 'link', title: 'Link', kind: 'weblink', path: 'links/link.xml', content: webLinkXml('Link', 'https://example.org/?a=1&b=2') },
      ],
    },
    {
      id: 'quiz',
      title: 'Quiz',
      resources: [
        {
          id: 'quiz',
          title: 'Quiz',
          kind: 'assessment',
          path: 'quiz/assessment.xml',
          content: assessmentXml('quiz', 'Quiz', [
            { id: 'q1', question: hostile, options: ['No', 'Yes'], answer: 1, feedback: '<p>Because.</p>' },
          ]),
        },
      ],
    },
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true });

describe('the manifest', () => {
  const manifest = parser.parse(manifestXml(course)).manifest;

  it('declares IMS Common Cartridge 1.1.0 in its namespace, with the course title as LOM', () => {
    expect(manifest['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
    expect([manifest.metadata.schema, manifest.metadata.schemaversion]).toEqual(['IMS Common Cartridge', '1.1.0']);
    expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(`Course ${hostile}`);
  });

  it('has a module per module, an item per resource, and gives an href to web content only', () => {
    const root = manifest.organizations.organization.item;
    expect(root.item.map((module: { title: string }) => module.title)).toEqual(['Module one', 'Quiz']);
    expect(root.item[0].item.map((item: { '@identifierref': string }) => item['@identifierref'])).toEqual(['page-one', 'topic', 'link']);
    const resources = manifest.resources.resource as { '@identifier': string; '@type': string; '@href'?: string }[];
    expect(resources.map((r) => [r['@identifier'], r['@type'], r['@href']])).toEqual([
      ['page-one', 'webcontent', 'pages/one.html'],
      ['topic', 'imsdt_xmlv1p1', undefined],
      ['link', 'imswl_xmlv1p1', undefined],
      ['quiz', 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment', undefined],
    ]);
  });
});

describe('the quiz', () => {
  const item = parser.parse(course.modules[1].resources[0].content).questestinterop.assessment.section.item;

  it('scores the right choice 100 and shows the feedback after any answer', () => {
    expect(item.presentation.material.mattext['#text']).toBe(hostile);
    const scored = item.resprocessing.respcondition.find((c: { setvar?: unknown }) => c.setvar);
    expect(scored.conditionvar.varequal['#text']).toBe(choiceIdent('q1', 1));
    expect(item.resprocessing.respcondition[0].displayfeedback['@linkrefid']).toBe(item.itemfeedback['@ident']);
    expect(item.itemfeedback.flow_mat.material.mattext['#text']).toBe('<p>Because.</p>');
  });

  it('refuses an answer that is not one of the options, naming the question', () => {
    expect(() => assessmentXml('quiz', 'Quiz', [{ id: 'q9', question: 'Q', options: ['a', 'b'], answer: 2, feedback: '' }])).toThrow(
      'quiz question "q9": the answer 2 is not one of its 2 options',
    );
  });
});

describe('the package', () => {
  it('holds the manifest and every file, and gives the same bytes every time', () => {
    const bytes = packCartridge(course, '2026-12-02');
    expect(packCartridge(course, '2026-12-02')).toEqual(bytes);
    expect(packCartridge(course, '2026-12-03')).not.toEqual(bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      'imsmanifest.xml',
      'pages/one.html',
      'discussions/topic.xml',
      'links/link.xml',
      'quiz/assessment.xml',
    ]);
    expect(strFromU8(files['links/link.xml'])).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(strFromU8(files['discussions/topic.xml'])).not.toContain('<script>');
  });

  it('refuses two files at one path and a date that is not YYYY-MM-DD', () => {
    const twice: Cartridge = {
      ...course,
      modules: [course.modules[0], { id: 'again', title: 'Again', resources: [course.modules[0].resources[0]] }],
    };
    expect(() => cartridgeFiles(twice)).toThrow('cartridge "test-course": two files at "pages/one.html"');
    expect(() => packCartridge(course, 'December 2')).toThrow('packCartridge: "December 2" is not an ISO date (YYYY-MM-DD)');
  });

  it('makes XML names of ids', () => {
    expect(xmlName('', 'kill-chain')).toBe('kill-chain');
    expect(xmlName('', '3-layers')).toBe('_3-layers');
    expect(xmlName('q-', 'a b/c')).toBe('q-a_b_c');
  });
});
