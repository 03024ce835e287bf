/**
 * The quiz as a QTI 1.2 assessment in the Common Cartridge 1.1 profile (cc.exam.v0p1): one
 * multiple-choice item (cc.multiple_choice.v0p1) per question, its choices, the right one scored
 * 100, and feedback shown after any answer (the explanation, with the passage or source it
 * rests on). Learning platforms import it as a native quiz.
 */
import { escapeHtml as esc } from '../escape-html.ts';
import { xmlName } from './model.ts';

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const QTI_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd';

export interface QuizQuestion {
  id: string;
  question: string;
  options: readonly string[];
  /** 0-based index of the right option. */
  answer: number;
  /** Feedback as markup: the explanation and where it comes from. */
  feedback: string;
}

/** A choice's ident: the item's, then its letter ("q-sixty-day-deadline-c"). */
export const choiceIdent = (questionId: string, index: number) => `${xmlName('q-', questionId)}-${String.fromCharCode(97 + index)}`;

const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${esc(label)}</fieldlabel><fieldentry>${esc(entry)}</fieldentry></qtimetadatafield>`;

function itemXml(question: QuizQuestion): string {
  if (!Number.isInteger(question.answer) || question.answer < 0 || question.answer >= question.options.length)
    throw new Error(`quiz question "${question.id}": the answer ${question.answer} is not one of its ${question.options.length} options`);
  const ident = xmlName('q-', question.id);
  const choices = question.options
    .map(
      (option, index) => `            <response_label ident="${choiceIdent(question.id, index)}">
              <material><mattext texttype="text/plain">${esc(option)}</mattext></material>
            </response_label>`,
    )
    .join('\n');
  return `      <item ident="${ident}" title="${esc(question.question)}">
        <itemmetadata>
          <qtimetadata>
            ${field('cc_profile', 'cc.multiple_choice.v0p1')}
            ${field('cc_weighting', '1')}
          </qtimetadata>
        </itemmetadata>
        <presentation>
          <material><mattext texttype="text/plain">${esc(question.question)}</mattext></material>
          <response_lid ident="${ident}-response" rcardinality="Single">
            <render_choice>
${choices}
            </render_choice>
          </response_lid>
        </presentation>
        <resprocessing>
          <outcomes>
            <decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/>
          </outcomes>
          <respcondition continue="Yes">
            <conditionvar><other/></conditionvar>
            <displayfeedback feedbacktype="Response" linkrefid="${ident}-feedback"/>
          </respcondition>
          <respcondition continue="No">
            <conditionvar><varequal respident="${ident}-response">${choiceIdent(question.id, question.answer)}</varequal></conditionvar>
            <setvar varname="SCORE" action="Set">100</setvar>
          </respcondition>
        </resprocessing>
        <itemfeedback ident="${ident}-feedback">
          <flow_mat>
            <material><mattext texttype="text/html">${esc(question.feedback)}</mattext></material>
          </flow_mat>
        </itemfeedback>
      </item>`;
}

/** The assessment file (one section, every question in order). */
export function assessmentXml(id: string, title: string, questions: readonly QuizQuestion[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}">
  <assessment ident="${xmlName('', id)}" title="${esc(title)}">
    <qtimetadata>
      ${field('cc_profile', 'cc.exam.v0p1')}
      ${field('qmd_assessmenttype', 'Examination')}
      ${field('cc_maxattempts', 'unlimited')}
    </qtimetadata>
    <section ident="${xmlName('', id)}-section">
${questions.map(itemXml).join('\n')}
    </section>
  </assessment>
</questestinterop>
`;
}
