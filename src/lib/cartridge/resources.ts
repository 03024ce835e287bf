/**
 * The files of a cartridge's resources other than its quiz (qti.ts): a web page, a discussion
 * topic (IMS CC 1.1 imsdt) and a web link (imswl). Strings in, XML or HTML out; every value escaped.
 */
import { escapeHtml as esc } from '../escape-html.ts';

const DISCUSSION_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1';
const WEBLINK_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p1';

/** A complete HTML page; `body` is markup (already escaped where it holds text). Platforms keep the body. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
</head>
<body>
<h1>${esc(title)}</h1>
${body}
</body>
</html>
`;
}

/** A discussion topic: its title and its opening post (markup). */
export function discussionXml(title: string, html: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<topic xmlns="${DISCUSSION_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${DISCUSSION_NS} ${PROFILE}/ccv1p1_imsdt_v1p1.xsd">
  <title>${esc(title)}</title>
  <text texttype="text/html">${esc(html)}</text>
</topic>
`;
}

/** A link to a page of the site, opened in a new window. */
export function webLinkXml(title: string, url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WEBLINK_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${WEBLINK_NS} ${PROFILE}/ccv1p1_imswl_v1p1.xsd">
  <title>${esc(title)}</title>
  <url href="${esc(url)}" target="_blank"/>
</webLink>
`;
}
