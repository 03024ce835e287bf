/**
 * One walk over a schema and the data it parsed, side by side: wherever the schema has a field
 * registered in `contentFields` (a reference, a quote of the order: src/lib/schema/fields.ts), the
 * visitor gets its metadata, its value and its path. It goes through objects, arrays, tuples,
 * records, unions (into the option the value matches), intersections, pipes and the wrappers
 * (optional, nullable, default, readonly, ...); a schema type it does not know stops the walk with
 * an error, so a new kind of container is taught here rather than skipped in silence.
 */
import type { z } from 'astro/zod';
import { contentFields, type FieldMeta } from '../schema/fields.ts';
import type { Path } from './table.ts';

export type Visit = (meta: FieldMeta, value: unknown, path: Path) => void;

/** Schema types with nothing inside to walk. */
const LEAVES = new Set([
  'string', 'number', 'int', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never', 'any', 'unknown',
  'date', 'enum', 'literal', 'nan', 'template_literal', 'file', 'custom', 'transform',
]);
/** Schema types that wrap one inner type. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch', 'success']);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function walkFields(schema: z.ZodType, value: unknown, visit: Visit, path: Path = []): void {
  const meta = contentFields.get(schema);
  if (meta && value !== undefined && value !== null) visit(meta, value, path);
  const def = schema._zod.def as unknown as Def;
  const walk = (inner: z.ZodType, child: unknown, at: Path) => walkFields(inner, child, visit, at);
  if (LEAVES.has(def.type)) return;
  if (WRAPPERS.has(def.type)) {
    if (value !== undefined && value !== null) walk(def.innerType!, value, path);
  } else if (def.type === 'object') {
    if (isRecord(value)) for (const [key, field] of Object.entries(def.shape!)) walk(field, value[key], [...path, key]);
  } else if (def.type === 'array') {
    if (Array.isArray(value)) value.forEach((item, index) => walk(def.element!, item, [...path, index]));
  } else if (def.type === 'tuple') {
    if (Array.isArray(value)) value.forEach((item, index) => walk(def.items![index] ?? def.rest!, item, [...path, index]));
  } else if (def.type === 'record') {
    if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(def.valueType!, item, [...path, key]);
  } else if (def.type === 'union') {
    const option = def.options!.find((candidate) => candidate.safeParse(value).success);
    if (option) walk(option, value, path);
  } else if (def.type === 'intersection') {
    walk(def.left!, value, path);
    walk(def.right!, value, path);
  } else if (def.type === 'pipe') {
    walk(def.in!, value, path);
    if ((def.out!._zod.def as unknown as Def).type !== 'transform') walk(def.out!, value, path);
  } else if (def.type === 'lazy') {
    walk(def.getter!(), value, path);
  } else {
    throw new Error(`walkFields: no rule for the schema type "${def.type}" (at ${path.join('.') || 'the top'}); teach src/lib/content/walk.ts`);
  }
}
