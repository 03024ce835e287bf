/**
 * Reading a built cartridge back the way a learning platform would, for the tests: unzip it with
 * yauzl (a zip reader that is not the writer, fflate), resolve the manifest (every file@href in
 * the zip, every identifierref a resource, every resource used, every file listed), read the quiz
 * out of its QTI, and validate the XML against the IMS schemas with xmllint (xmllint-wasm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import yauzl from 'yauzl';
import { validateXML } from 'xmllint-wasm';

/** Every entry of a zip by its path. Rejects on a damaged zip. */
export function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const parser = new XMLParser({
  htmlEntities: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'resource', 'file', 'response_label', 'itemfeedback'].includes(name),
});

export interface ManifestItem {
  identifier: string;
  title: string;
  identifierref?: string;
  items: ManifestItem[];
}

export interface ManifestResource {
  identifier: string;
  type: string;
  href?: string;
  files: string[];
}

export interface Manifest {
  schema: string;
  schemaversion: string;
  /** The root item's children: the modules. */
  modules: ManifestItem[];
  resources: ManifestResource[];
}

type Node = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value ?? '');

function items(node: Node): ManifestItem[] {
  return ((node.item as Node[] | undefined) ?? []).map((item) => ({
    identifier: String(item['@identifier']),
    title: text(item.title),
    identifierref: item['@identifierref'] as string | undefined,
    items: items(item),
  }));
}

export function parseManifest(xml: string): Manifest {
  const manifest = parser.parse(xml).manifest as Node;
  const metadata = manifest.metadata as Node;
  const organization = (manifest.organizations as Node).organization as Node;
  const root = (organization.item as Node[])[0];
  return {
    schema: text(metadata.schema),
    schemaversion: text(metadata.schemaversion),
    modules: items(root),
    resources: (((manifest.resources as Node).resource as Node[]) ?? []).map((resource) => ({
      identifier: String(resource['@identifier']),
      type: String(resource['@type']),
      href: resource['@href'] as string | undefined,
      files: ((resource.file as Node[]) ?? []).map((file) => String(file['@href'])),
    })),
  };
}

/** What does not resolve in a cartridge, one line each (empty when it is whole). */
export function unresolved(files: ReadonlyMap<string, Buffer>): string[] {
  const manifestFile = files.get('imsmanifest.xml');
  if (!manifestFile) return ['imsmanifest.xml: missing at the root of the package'];
  const manifest = parseManifest(manifestFile.toString('utf8'));
  const problems: string[] = [];
  const resources = new Map(manifest.resources.map((resource) => [resource.identifier, resource]));
  const listed = new Set<string>();
  for (const resource of manifest.resources) {
    for (const file of resource.files) {
      listed.add(file);
      if (!files.has(file)) problems.push(`resource ${resource.identifier}: file@href "${file}" is not in the package`);
    }
    if (resource.href !== undefined && !resource.files.includes(resource.href))
      problems.push(`resource ${resource.identifier}: href "${resource.href}" is not one of its files`);
  }
  const referenced = new Set<string>();
  const walk = (list: ManifestItem[]) =>
    list.forEach((item) => {
      if (item.identifierref !== undefined) {
        referenced.add(item.identifierref);
        if (!resources.has(item.identifierref))
          problems.push(`item ${item.identifier}: identifierref "${item.identifierref}" names no resource`);
      }
      walk(item.items);
    });
  walk(manifest.modules);
  for (const id of resources.keys()) if (!referenced.has(id)) problems.push(`resource ${id}: no item refers to it`);
  for (const path of files.keys())
    if (path !== 'imsmanifest.xml' && !listed.has(path)) problems.push(`${path}: in the package but in no resource`);
  return problems;
}

export interface QtiQuestion {
  ident: string;
  question: string;
  options: string[];
  /** 0-based index of the option the scoring gives 100 for. */
  answer: number;
  feedback: string;
}

/** The questions of a QTI 1.2 assessment, as a learning platform would score them. */
export function readQuiz(xml: string): QtiQuestion[] {
  const assessment = (parser.parse(xml).questestinterop as Node).assessment as Node;
  return ((assessment.section as Node).item as Node[]).map((item) => {
    const presentation = item.presentation as Node;
    const labels = ((presentation.response_lid as Node).render_choice as Node).response_label as Node[];
    const idents = labels.map((label) => String(label['@ident']));
    const conditions = [(item.resprocessing as Node).respcondition].flat() as Node[];
    const scored = conditions.find((condition) => text(condition.setvar) === '100');
    const right = text((scored?.conditionvar as Node | undefined)?.varequal);
    return {
      ident: String(item['@ident']),
      question: text((presentation.material as Node).mattext),
      options: labels.map((label) => text((label.material as Node).mattext)),
      answer: idents.indexOf(right),
      feedback: ((item.itemfeedback as Node[]) ?? [])
        .map((feedback) => text(((feedback.flow_mat as Node).material as Node).mattext))
        .join('\n'),
    };
  });
}

/** The schema each kind of file is validated against (IMS CC 1.1's profile schemas). */
export const SCHEMA_FOR = {
  manifest: 'ccv1p1_imscp_v1p2_v1p0.xsd',
  assessment: 'ccv1p1_qtiasiv1p2p1_v1p0.xsd',
  discussion: 'ccv1p1_imsdt_v1p1.xsd',
  weblink: 'ccv1p1_imswl_v1p1.xsd',
} as const;

/** Which schema validates a file of the package, by the resource type that lists it. */
export function schemaOf(files: ReadonlyMap<string, Buffer>, path: string): keyof typeof SCHEMA_FOR | null {
  if (path === 'imsmanifest.xml') return 'manifest';
  const manifest = parseManifest(files.get('imsmanifest.xml')!.toString('utf8'));
  const type = manifest.resources.find((resource) => resource.files.includes(path))?.type;
  if (type === 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment') return 'assessment';
  if (type === 'imsdt_xmlv1p1') return 'discussion';
  if (type === 'imswl_xmlv1p1') return 'weblink';
  return null;
}

/**
 * Validate every XML file of a package against its schema in `schemaDir` (the folder of IMS CC 1.1
 * schemas, with the files they import). Returns xmllint's own output lines per file.
 */
export async function validateCartridge(
  files: ReadonlyMap<string, Buffer>,
  schemaDir: string,
): Promise<{ path: string; valid: boolean; output: string }[]> {
  const preload = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.xsd'))
    .map((name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') }));
  const results = [];
  for (const path of [...files.keys()].sort()) {
    const kind = schemaOf(files, path);
    if (!kind) continue;
    const schema = preload.find((file) => file.fileName === SCHEMA_FOR[kind]);
    if (!schema) throw new Error(`${schemaDir}: no ${SCHEMA_FOR[kind]}`);
    const fileName = path.replace(/[^A-Za-z0-9.]+/g, '_');
    const result = await validateXML({
      xml: [{ fileName, contents: files.get(path)!.toString('utf8') }],
      schema: [schema],
      preload: preload.filter((file) => file !== schema),
    });
    results.push({ path, valid: result.valid, output: result.rawOutput.trim() || `${fileName} validates` });
  }
  return results;
}
