/**
 * imsmanifest.xml for an IMS Common Cartridge 1.1: the schema and version, LOM metadata (title,
 * description, keywords, rights), one organization whose root item holds a module per
 * CartridgeModule, and one resource per item. Web content is addressed by `href`; discussion
 * topics, web links and assessments carry only their one file, as the profile's rules require.
 */
import { escapeHtml as esc } from '../escape-html.ts';
import { RESOURCE_TYPES, xmlName, type Cartridge, type CartridgeResource } from './model.ts';

export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOM_MANIFEST = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const LOM_RESOURCE = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p1';
const SCHEMA_LOCATION = [
  `${CC_NAMESPACE} ${PROFILE}/ccv1p1_imscp_v1p2_v1p0.xsd`,
  `${LOM_MANIFEST} ${PROFILE}/LOM/ccv1p1_lommanifest_v1p0.xsd`,
  `${LOM_RESOURCE} ${PROFILE}/LOM/ccv1p1_lomresource_v1p0.xsd`,
].join(' ');

const lomString = (text: string) => `<lomimscc:string language="en">${esc(text)}</lomimscc:string>`;

function resourceXml(resource: CartridgeResource): string {
  const href = resource.kind === 'webcontent' ? ` href="${esc(resource.path)}"` : '';
  return `    <resource identifier="${xmlName('', resource.id)}" type="${RESOURCE_TYPES[resource.kind]}"${href}>
      <file href="${esc(resource.path)}"/>
    </resource>`;
}

export function manifestXml(cartridge: Cartridge): string {
  const modules = cartridge.modules
    .map((module) => {
      const items = module.resources
        .map(
          (resource) =>
            `        <item identifier="${xmlName('item-', resource.id)}" identifierref="${xmlName('', resource.id)}">
          <title>${esc(resource.title)}</title>
        </item>`,
        )
        .join('\n');
      return `      <item identifier="${xmlName('module-', module.id)}">
        <title>${esc(module.title)}</title>
${items}
      </item>`;
    })
    .join('\n');
  const resources = cartridge.modules.flatMap((module) => module.resources.map(resourceXml)).join('\n');
  const keywords = cartridge.keywords.map((keyword) => `        <lomimscc:keyword>${lomString(keyword)}</lomimscc:keyword>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlName('', cartridge.id)}" xmlns="${CC_NAMESPACE}" xmlns:lomimscc="${LOM_MANIFEST}" xmlns:lom="${LOM_RESOURCE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>${lomString(cartridge.title)}</lomimscc:title>
        <lomimscc:language>en</lomimscc:language>
        <lomimscc:description>${lomString(cartridge.description)}</lomimscc:description>
${keywords}
      </lomimscc:general>
      <lomimscc:rights>
        <lomimscc:copyrightAndOtherRestrictions>
          <lomimscc:value>yes</lomimscc:value>
        </lomimscc:copyrightAndOtherRestrictions>
        <lomimscc:description>${lomString(cartridge.rights)}</lomimscc:description>
      </lomimscc:rights>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="organization" structure="rooted-hierarchy">
      <item identifier="root">
${modules}
      </item>
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}
