/**
 * Small composable checks for records read from outside (a backup, an annotation file, the database): each
 * rule reports every problem with the path of the field (`entities[2].start is -50, expected …`), so a refusal
 * names what is wrong and where. Records are checked field by field, never trusted by their top level.
 */

/** Receives one problem: the path of the field and what is wrong with it. */
export type Report = (path: string, problem: string) => void;

/** Checks one value at `path`, reporting what is wrong. */
export type Rule = (value: unknown, path: string, report: Report) => void;

/** The latest instant `Date` can hold (year 275760): a timestamp past it is no time at all. */
export const MAX_TIME = 8.64e15;

const at = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);

/** How a value is named in a message: its JSON, shortened, or its kind for objects and lists. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  const json = JSON.stringify(v) ?? String(v);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** A value passing `test`, described as `expected` when it does not. */
export const satisfies =
  (test: (v: unknown) => boolean, expected: string): Rule =>
  (v, path, report) => {
    if (!test(v)) report(path, `is ${describeValue(v)}, expected ${expected}`);
  };

// eslint-disable-next-line no-control-regex -- control characters are what names may not hold
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;

/** Text of at most `max` characters. */
export const text = (max = Number.MAX_SAFE_INTEGER): Rule =>
  satisfies(
    (v) => typeof v === 'string' && v.length <= max,
    `text${max < Number.MAX_SAFE_INTEGER ? ` of at most ${max} characters` : ''}`,
  );

/** A name shown on one line (an id, a tag, a label): 1 to `max` characters, no line breaks or controls. */
export const name = (max = 200): Rule =>
  satisfies(
    (v) => typeof v === 'string' && v.trim() !== '' && v.length <= max && !CONTROL.test(v),
    `a name of 1 to ${max} characters without line breaks or control characters`,
  );

/** An integer in `[min, max]`. */
export const integer = (min: number, max: number): Rule =>
  satisfies(
    (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
    `a whole number from ${min} to ${max}`,
  );

/** An offset into a text (UTF-16 index): whole and never negative. */
export const offset: Rule = integer(0, Number.MAX_SAFE_INTEGER);

/** A finite number. */
export const finite: Rule = satisfies((v) => typeof v === 'number' && Number.isFinite(v), 'a finite number');

/** A time in milliseconds since 1970 that a `Date` can hold. */
export const timestamp: Rule = satisfies(
  (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME,
  'a time (milliseconds since 1970)',
);

export const bool: Rule = satisfies((v) => typeof v === 'boolean', 'true or false');

/** One of the listed values. */
export const oneOf = (values: readonly unknown[]): Rule =>
  satisfies((v) => values.includes(v), `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

/** Null, or a value passing `rule`. */
export const nullable =
  (rule: Rule): Rule =>
  (v, path, report) => {
    if (v !== null) rule(v, path, report);
  };

/** A list whose items each pass `rule`. */
export const listOf =
  (rule: Rule): Rule =>
  (v, path, report) => {
    if (!Array.isArray(v)) return report(path, `is ${describeValue(v)}, expected a list`);
    v.forEach((item, i) => rule(item, `${path}[${i}]`, report));
  };

/**
 * An object with exactly these fields: each `required` one present and passing, each `optional` one absent
 * or passing, and no other (a field this version does not know is refused, not stored unchecked). Adding an
 * optional field to a record is one line in its `optional` map.
 */
export const shape =
  (required: Readonly<Record<string, Rule>>, optional: Readonly<Record<string, Rule>> = {}): Rule =>
  (v, path, report) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return report(path, `is ${describeValue(v)}, expected an object`);
    const record = v as Record<string, unknown>;
    for (const [field, rule] of Object.entries(required)) {
      if (!Object.hasOwn(record, field)) report(at(path, field), 'is missing');
      else rule(record[field], at(path, field), report);
    }
    for (const field of Object.keys(record)) {
      if (Object.hasOwn(required, field)) continue;
      if (Object.hasOwn(optional, field)) optional[field]!(record[field], at(path, field), report);
      else report(at(path, field), 'is not a field this version knows');
    }
  };

/**
 * `rule`, then the record's `start` and `end` (or those of its `field`) checked as a range inside a text of
 * `length` characters; with `length` null only their order is checked.
 */
export const inText =
  (rule: Rule, length: number | null, field?: string): Rule =>
  (v, path, report) => {
    rule(v, path, report);
    const record = v as Record<string, unknown> | null;
    const r = (field === undefined ? record : record?.[field]) as { start?: unknown; end?: unknown } | null;
    if (typeof r !== 'object' || r === null) return;
    const { start, end } = r;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return; // the shape rule has said so
    const [s, e] = [start as number, end as number];
    const max = length ?? Number.MAX_SAFE_INTEGER;
    const where = field === undefined ? path : path === '' ? field : `${path}.${field}`;
    if (s < 0 || e < s || e > max)
      report(where, `is the range ${s}…${e}, outside the article's text (0…${length ?? '?'})`);
  };

/**
 * Runs `rule` on `value` and returns at most `limit` problems as sentences, each starting with `label` and
 * the field's path, plus a count of the rest.
 */
export function collectProblems(rule: Rule, value: unknown, label: string, limit = 5): string[] {
  const problems: string[] = [];
  let more = 0;
  rule(value, '', (path, problem) => {
    if (problems.length < limit) problems.push(`${label}${path === '' ? '' : `: ${path}`} ${problem}`);
    else more++;
  });
  if (more > 0) problems.push(`…and ${more} more`);
  return problems;
}
