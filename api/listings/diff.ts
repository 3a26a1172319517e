// Field-level differences between two versions of a record, for moderation and the audit log.
import { z } from 'zod';

export type FieldChange = { field: string; old: unknown; new: unknown };

export const FieldChangeSchema = z
  .object({ field: z.string(), old: z.unknown(), new: z.unknown() })
  .meta({ id: 'FieldChange' });

/** Fields the server sets itself: a reviewer has nothing to judge in them. */
export const serverOwnedFields = ['id', 'version', 'createdAt', 'updatedAt', 'organisation'] as const;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Deep equality as JSON sees it: object key order does not matter and a key holding `undefined`
 * equals a missing key (neither survives a round trip through the database), while array order
 * does matter (the order of opening rules or locations is meaningful).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * The top-level fields whose value differs, in the key order of `after` followed by keys only
 * `before` has, so a reviewer reads them in the order of the form. `ignore` replaces the
 * default list of server-owned fields.
 */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: { ignore?: readonly string[] } = {},
): FieldChange[] {
  const ignore = new Set<string>(options.ignore ?? serverOwnedFields);
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (ignore.has(field) || sameValue(before[field], after[field])) continue;
    changes.push({ field, old: before[field], new: after[field] });
  }
  return changes;
}

/** JSON has no `undefined`: a field that had (or has) no value travels as null. */
export const changesAsJson = (changes: readonly FieldChange[]): FieldChange[] =>
  changes.map((c) => ({ field: c.field, old: c.old ?? null, new: c.new ?? null }));
