/** Problems found in a record read back from storage or a backup; empty when the record is sound. */
export type Problems = string[];

type Check = (value: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isNullableString: Check = (v) => v === null || typeof v === 'string';
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
