/** Problems found in a record read back from storage or a backup; empty when the record is sound. */
export type Problems = string[];

type Check = (value: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isNullableString: Check = (v) => v === null || typeof v === 'string';
export const isStringArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
export const isArray: Check = (v) => Array.isArray(v);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks each named field of `value` and returns one message per field that fails its check. */
export function checkFields(kind: string, value: unknown, fields: Readonly<Record<string, Check>>): Problems {
  if (!isObject(value)) return [`${kind}: not an object`];
  const problems: Problems = [];
  for (const [name, check] of Object.entries(fields)) {
    if (!check(value[name])) problems.push(`${kind}: field "${name}" is missing or has the wrong type`);
  }
  return problems;
}

/** A numbered migration of one record type: a pure function from the shape of version `to - 1` to `to`. */
export type Migration = Readonly<{
  to: number;
  up: (record: Record<string, unknown>) => Record<string, unknown>;
}>;

/** Applies, in order, every migration newer than `fromVersion`; returns a new object, never mutates. */
export function migrateRecord(
  record: Record<string, unknown>,
  fromVersion: number,
  migrations: readonly Migration[],
): Record<string, unknown> {
  return [...migrations]
    .sort((a, b) => a.to - b.to)
    .filter((m) => m.to > fromVersion)
    .reduce((r, m) => m.up(r), { ...record });
}
