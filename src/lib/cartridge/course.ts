/**
 * The lesson kit as a course cartridge, and one diagram as a cartridge of its own. Pure: the
 * caller (src/data/cartridge.ts) gives the kit, the registry's diagrams, the order's paragraphs,
 * the sources and the debate's positions; everything links back to the site at `site`.
 *
 * The course: "Start here" (objectives and standards, links to the tour, the glossary and the
 * reporting check), the 50-minute lesson's worksheet and answer key, a module per activity (the diagram's page: its embed, the order's passages
 * it shows and the activity's steps; the closing question as a discussion topic), the debate's
 * questions as discussion topics, and the quiz as a native QTI assessment.
 */
import { embedUrl, iframeSnippet, LICENCE, permalink, SITE_NAME } from '../embed-code.ts';
import type { DiagramInfo } from '../diagram-types.ts';
import { escapeHtml as esc } from '../escape-html.ts';
import { labelFor, type OrderParagraph } from '../order.ts';
import { orderPath } from '../paths.ts';
import { ANSWER_KEY_PATH, WORKSHEET_PATH, lessonTimetable } from '../lesson.ts';
import { citationText } from '../source-label.ts';
import type { Position } from '../schema/debate.ts';
import type { LessonKit, Standard } from '../schema/teach.ts';
import type { Source } from '../schema/source.ts';
import type { Cartridge, CartridgeModule, CartridgeResource } from './model.ts';
import { assessmentXml, type QuizQuestion } from './qti.ts';
import { discussionXml, htmlPage, webLinkXml } from './resources.ts';

export interface CourseInput {
  kit: LessonKit;
  diagrams: readonly DiagramInfo[];
  order: ReadonlyMap<string, OrderParagraph>;
  sources: ReadonlyMap<string, Source>;
  positions: ReadonlyMap<string, Position>;
  /** The site's public URL with its base path, without a trailing slash. */
  site: string;
}

export const COURSE_TITLE = `${SITE_NAME}: a short course on Executive Order 14186`;
const RIGHTS = `${SITE_NAME}, ${LICENCE.name} (${LICENCE.url}). The order's text is a work of the United States Government and in the public domain.`;
const KEYWORDS = ['Executive Order 14186', 'Golden Dome', 'missile defense', 'civics', 'physics'];

/** Look a thing up by id or fail naming it: the content check has already vouched for every id. */
function need<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`course cartridge: unknown ${what} "${id}"`);
  return value;
}

const link = (url: string, text: string) => `<a href="${esc(url)}">${esc(text)}</a>`;
const sourceLine = (source: Source) =>
  source.url ? `Source: ${link(source.url, citationText(source))}` : `Source: ${esc(citationText(source))}`;

/** A few words of the order (checked word for word at build) with the paragraph they are from. */
function passageQuote(input: CourseInput, id: string, quote: string): string {
  need(input.order, id, 'passage');
  const url = `${input.site}${orderPath(id)}`;
  return `<blockquote cite="${esc(url)}"><p>“${esc(quote)}”</p><p>Exec. Order 14186, ${link(url, labelFor(id))}</p></blockquote>`;
}

function passagesHtml(input: CourseInput, ids: readonly string[]): string {
  const quotes = ids.map((id) => {
    const paragraph = need(input.order, id, 'passage');
    const url = `${input.site}${orderPath(id)}`;
    return `<blockquote cite="${esc(url)}">
<p>${esc(paragraph.text)}</p>
<p>Exec. Order 14186, ${link(url, labelFor(id))}</p>
</blockquote>`;
  });
  return `<h2>What the order says</h2>\n${quotes.join('\n')}`;
}

type Activity = LessonKit['activities'][number];

/** A diagram's page: its embed (the CSS-only frame, which works where scripts are stripped), the passages, and the activity when given. */
function diagramPage(input: CourseInput, diagram: DiagramInfo, passages: readonly string[], activity?: Activity): CartridgeResource {
  const view = new URLSearchParams();
  const page = permalink(input.site, diagram, view);
  const embed = iframeSnippet(diagram, embedUrl(input.site, diagram, view, { theme: 'auto', showTitle: true }));
  const steps = activity
    ? `<h2>Activity (${activity.minutes} minutes)</h2>
<ol>
${activity.steps.map((step) => `<li>${esc(step)}</li>`).join('\n')}
</ol>
<p><strong>Question to close:</strong> ${esc(activity.question)}</p>`
    : '';
  const title = `Figure ${diagram.figure}: ${diagram.title}`;
  const body = `<p>An interactive diagram from ${esc(SITE_NAME)}. It works in the frame below; ${link(page, 'the full page')} adds its tools (embed, downloads, citations).</p>
${embed}
<p>If your platform removes frames: ${link(page, 'open the figure on the site')}, or ${link(`${input.site}/downloads/${diagram.id}.svg`, 'see it as a picture')} (${esc(diagram.alt)})</p>
${passagesHtml(input, passages)}
${steps}
<p>Figure ${diagram.figure}, ${esc(SITE_NAME)}, ${link(LICENCE.url, LICENCE.name)}: ${link(page, page)}</p>`;
  return { id: `page-${diagram.id}`, title, kind: 'webcontent', path: `pages/${diagram.id}.html`, content: htmlPage(title, body) };
}

function standardsHtml(kit: LessonKit, diagrams: readonly DiagramInfo[]): string {
  const usedBy = (standard: Standard) => [
    ...kit.activities.filter((a) => a.standards.includes(standard.id)).map((a) => `the activity “${a.title}”`),
    ...(kit.questions.some((q) => q.standards.includes(standard.id)) ? ['the discussion questions'] : []),
  ];
  const rows = kit.standards.map(
    (standard) =>
      `<li><strong>${esc(standard.framework)} ${esc(standard.code)}</strong> (${standard.fit === 'addresses' ? 'addresses' : 'supports, in part'}): “${esc(standard.statement)}” ${esc(standard.how)} In: ${esc(usedBy(standard).join('; '))}.</li>`,
  );
  const figures = diagrams.map((d) => `<li>Figure ${d.figure}: ${esc(d.title)}</li>`).join('\n');
  return `<h2>Learning objectives</h2>
<p>By the end, students can:</p>
<ul>
${kit.objectives.map((objective) => `<li>${esc(objective.text)}</li>`).join('\n')}
</ul>
<h2>Standards</h2>
<p>The C3 Framework for Social Studies State Standards (grades 9–12) and the Next Generation Science Standards (high school). “Addresses” means the activity does what the standard asks; “supports, in part” means it gives practice towards it, and says what is missing.</p>
<ul>
${rows.join('\n')}
</ul>
<h2>The figures</h2>
<ol>
${figures}
</ol>`;
}

function discussionResource(id: string, title: string, html: string): CartridgeResource {
  return { id, title, kind: 'discussion', path: `discussions/${id}.xml`, content: discussionXml(title, html) };
}

function positionHtml(input: CourseInput, id: string): string {
  const position = need(input.positions, id, 'position');
  const who = position.person
    ? `${position.person}${position.role ? ` (${position.role})` : ''}, ${position.organisation}`
    : position.organisation;
  const quote = position.quote ? ` “${esc(position.quote)}”` : '';
  return `<li><strong>${esc(who)}</strong>, ${esc(position.date)}: ${esc(position.summary)}${quote} ${sourceLine(need(input.sources, position.source, 'source'))}</li>`;
}

function debateTopic(input: CourseInput, question: LessonKit['questions'][number]): CartridgeResource {
  const analysis = question.analysis.length
    ? `<h2>What nonpartisan analysts found</h2>
<ul>
${question.analysis.map((finding) => `<li>${esc(finding.text)} ${sourceLine(need(input.sources, finding.source, 'source'))}</li>`).join('\n')}
</ul>`
    : '';
  const html = `<p>${esc(question.question)}</p>
<h2>Supporters argue</h2>
<ul>
${question.supporters.map((id) => positionHtml(input, id)).join('\n')}
</ul>
<h2>Critics argue</h2>
<ul>
${question.critics.map((id) => positionHtml(input, id)).join('\n')}
</ul>
${analysis}
<p>Reply with your answer and the evidence it rests on. Who argues what, in full: ${link(`${input.site}/debate/`, 'the debate')}.</p>`;
  return discussionResource(`debate-${question.id}`, question.question, html);
}

/** The quiz's questions with their feedback: the explanation, then the passage or the source it rests on. */
export function quizQuestions(input: Pick<CourseInput, 'kit' | 'sources' | 'site'>): QuizQuestion[] {
  return input.kit.quiz.map((item) => {
    const cites = [
      item.passage ? `The order: ${link(`${input.site}${orderPath(item.passage)}`, `Exec. Order 14186, ${labelFor(item.passage)}`)}` : '',
      item.source ? sourceLine(need(input.sources, item.source, 'source')) : '',
    ].filter(Boolean);
    return {
      id: item.id,
      question: item.question,
      options: item.options,
      answer: item.answer,
      feedback: `<p>${esc(item.explanation)}</p>${cites.map((cite) => `<p>${cite}</p>`).join('')}`,
    };
  });
}

/**
 * The 50-minute lesson's two handouts as pages of the course, built from the same timetable as the
 * site's (src/lib/lesson.ts) and numbering the prompts alike: the worksheet (prompts only, never an
 * answer) and the answer key (timings, the teacher's part, answers and the order's words).
 */
function lessonModule(input: CourseInput): CartridgeModule {
  const { lesson } = input.kit;
  const parts = lessonTimetable(lesson);
  const printable = (path: string, what: string) =>
    `<p>${what} to print (two pages at most): ${link(`${input.site}${path}`, `${input.site}${path}`)}</p>`;
  const worksheet = parts
    .map(
      (part) => `<h2>${esc(part.kindLabel)} (${part.minutes} min): ${esc(part.title)}</h2>
<ol start="${part.firstTask}">
${part.tasks.map((task) => `<li><p>${esc(task.prompt)}</p></li>`).join('\n')}
</ol>`,
    )
    .join('\n');
  const key = parts
    .map(
      (part) => `<h2>${esc(part.kindLabel)} (${part.minutes} min, ${esc(part.clock)}): ${esc(part.title)}</h2>
<p><strong>Teacher:</strong> ${esc(part.teacher)}</p>
<ol start="${part.firstTask}">
${part.tasks
  .map((task) => {
    const cite = task.cite ? `\n${passageQuote(input, task.cite.passage, task.cite.quote)}` : '';
    return `<li><p>${esc(task.prompt)}</p><p><strong>Answer:</strong> ${esc(task.answer)}</p>${cite}</li>`;
  })
  .join('\n')}
</ol>`,
    )
    .join('\n');
  const worksheetTitle = `Student worksheet: ${lesson.title}`;
  const keyTitle = `Answer key (for the teacher): ${lesson.title}`;
  return {
    id: 'lesson',
    title: `A ${lesson.minutes}-minute lesson`,
    resources: [
      {
        id: 'page-worksheet',
        title: worksheetTitle,
        kind: 'webcontent',
        path: 'pages/worksheet.html',
        content: htmlPage(worksheetTitle, `${printable(WORKSHEET_PATH, 'The worksheet')}\n${worksheet}`),
      },
      {
        id: 'page-answer-key',
        title: keyTitle,
        kind: 'webcontent',
        path: 'pages/answer-key.html',
        content: htmlPage(
          keyTitle,
          `<p>Hide this page from students. ${lesson.minutes} minutes: ${parts.map((part) => `${esc(part.kindLabel.toLowerCase())} ${part.minutes}`).join(', ')}.</p>\n${printable(ANSWER_KEY_PATH, 'The answer key')}\n${key}`,
        ),
      },
    ],
  };
}

function webLink(id: string, title: string, url: string): CartridgeResource {
  return { id: `link-${id}`, title, kind: 'weblink', path: `links/${id}.xml`, content: webLinkXml(title, url) };
}

export function courseCartridge(input: CourseInput): Cartridge {
  const { kit, site } = input;
  const start: CartridgeModule = {
    id: 'start',
    title: 'Start here',
    resources: [
      {
        id: 'page-objectives',
        title: 'Objectives and standards',
        kind: 'webcontent',
        path: 'pages/objectives.html',
        content: htmlPage('Objectives and standards', standardsHtml(kit, input.diagrams)),
      },
      webLink('tour', 'Guided tour of the shield', `${site}/tour/`),
      webLink('glossary', 'Glossary', `${site}/glossary/`),
      webLink('reporting', 'Reporting and the order: what news coverage gets right', `${site}/reporting/`),
      webLink('teach', 'The lesson kit on the site', `${site}/teach/`),
    ],
  };
  const activities = kit.activities.map((activity): CartridgeModule => {
    const diagram = input.diagrams.find((d) => d.id === activity.diagram);
    if (!diagram) throw new Error(`course cartridge: unknown diagram "${activity.diagram}"`);
    return {
      id: activity.diagram,
      title: activity.title,
      resources: [
        diagramPage(input, diagram, activity.passages, activity),
        discussionResource(
          `close-${activity.diagram}`,
          activity.question,
          `<p>${esc(activity.question)}</p><p>Use ${link(permalink(site, diagram, new URLSearchParams()), `Figure ${diagram.figure}`)} and the order's words in your answer.</p>`,
        ),
      ],
    };
  });
  const debate: CartridgeModule = {
    id: 'debate',
    title: 'Questions for discussion',
    resources: kit.questions.map((question) => debateTopic(input, question)),
  };
  const quiz: CartridgeModule = {
    id: 'quiz',
    title: 'Check your understanding',
    resources: [
      {
        id: 'quiz',
        title: 'Self-check quiz',
        kind: 'assessment',
        path: 'quiz/assessment.xml',
        content: assessmentXml('quiz-assessment', 'Self-check quiz', quizQuestions(input)),
      },
    ],
  };
  return {
    id: 'golden-dome-course',
    title: COURSE_TITLE,
    description: `A lesson kit for secondary school and first-year university: a ${kit.lesson.minutes}-minute lesson with its worksheet and answer key, ${kit.activities.length} activities with interactive diagrams, the order's own words, discussion questions with both sides' sources, and a quiz.`,
    rights: RIGHTS,
    keywords: KEYWORDS,
    modules: [start, lessonModule(input), ...activities, debate, quiz],
  };
}

/** One diagram as a cartridge: its embed page and the passages it shows, for a teacher who wants only that. */
export function diagramCartridge(input: CourseInput, diagramId: string): Cartridge {
  const diagram = input.diagrams.find((d) => d.id === diagramId);
  const activity = input.kit.activities.find((a) => a.diagram === diagramId);
  if (!diagram || !activity) throw new Error(`diagram cartridge: no diagram with an activity "${diagramId}"`);
  const title = `Figure ${diagram.figure}: ${diagram.title}`;
  return {
    id: `golden-dome-${diagram.id}`,
    title: `${title} (${SITE_NAME})`,
    description: `Figure ${diagram.figure} of ${SITE_NAME}, embedded, with the passages of Executive Order 14186 it shows.`,
    rights: RIGHTS,
    keywords: KEYWORDS,
    modules: [{ id: diagram.id, title, resources: [diagramPage(input, diagram, activity.passages)] }],
  };
}
