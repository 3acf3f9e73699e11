/**
 * Small composable checks for records read from outside (a backup, an annotation file, the database): each
 * rule reports every problem with the path of the field (`entities[2].start is -50, expected …`), so a refusal
 * names what is wrong and where. Records are checked field by field, never trusted by their top level.
 */

/** Receives one problem: the path of the field and what is wrong with it. */
export type Report = (path: string, problem: string) => void;

/**
 * Checks one value at `path`, reporting what is wrong. `passes`, where the rule has it, answers only whether
 * the value would draw no report, building no path or message: a sound record (the usual case) is checked in
 * one cheap pass, and only a damaged one is walked again for its messages. Combinators have it when all
 * their parts do.
 */
export type Rule = ((value: unknown, path: string, report: Report) => void) & {
  readonly passes?: (value: unknown) => boolean;
};

/** `rule` with its fast yes/no check `passes` (see `Rule`), or `rule` alone when `passes` is undefined. */
export function withPasses(
  rule: (value: unknown, path: string, report: Report) => void,
  passes: ((value: unknown) => boolean) | undefined,
): Rule {
  return passes ? Object.assign(rule, { passes }) : rule;
}

/** The fast checks of `rules`, or undefined when one of them has none. */
function allPasses(rules: readonly Rule[]): ((value: unknown) => boolean)[] | undefined {
  const checks = rules.map((r) => r.passes);
  return checks.every((c) => c !== undefined) ? (checks as ((value: unknown) => boolean)[]) : undefined;
}

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
export const satisfies = (test: (v: unknown) => boolean, expected: string): Rule =>
  withPasses((v, path, report) => {
    if (!test(v)) report(path, `is ${describeValue(v)}, expected ${expected}`);
  }, test);

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
export const nullable = (rule: Rule): Rule => {
  const passes = rule.passes;
  return withPasses(
    (v, path, report) => {
      if (v !== null) rule(v, path, report);
    },
    passes && ((v) => v === null || passes(v)),
  );
};

/** A list whose items each pass `rule`. */
export const listOf = (rule: Rule): Rule => {
  const passes = rule.passes;
  return withPasses(
    (v, path, report) => {
      if (!Array.isArray(v)) return report(path, `is ${describeValue(v)}, expected a list`);
      v.forEach((item, i) => rule(item, `${path}[${i}]`, report));
    },
    // `every` skips holes as `forEach` does.
    passes && ((v) => Array.isArray(v) && v.every((item) => passes(item))),
  );
};

/**
 * An object with exactly these fields: each `required` one present and passing, each `optional` one absent
 * or passing, and no other (a field this version does not know is refused, not stored unchecked). Adding an
 * optional field to a record is one line in its `optional` map.
 */
export const shape = (
  required: Readonly<Record<string, Rule>>,
  optional: Readonly<Record<string, Rule>> = {},
): Rule => {
  const fields = Object.keys(required);
  const checks = allPasses(Object.values(required));
  const optionalChecks = allPasses(Object.values(optional));
  const optionalCheck = new Map(
    Object.keys(optional).map((field, i) => [field, optionalChecks?.[i]] as const),
  );
  const passes =
    checks &&
    optionalChecks &&
    ((v: unknown) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const record = v as Record<string, unknown>;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        if (!Object.hasOwn(record, field) || !checks[i]!(record[field])) return false;
      }
      for (const field of Object.keys(record)) {
        if (Object.hasOwn(required, field)) continue;
        const check = Object.hasOwn(optional, field) ? optionalCheck.get(field) : undefined;
        if (!check?.(record[field])) return false;
      }
      return true;
    });
  return withPasses((v, path, report) => {
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
  }, passes);
};

/**
 * `rule`, then the record's `start` and `end` (or those of its `field`) checked as a range inside a text of
 * `length` characters; with `length` null only their order is checked.
 */
export const inText = (rule: Rule, length: number | null, field?: string): Rule => {
  const passes = rule.passes;
  return withPasses(
    (v, path, report) => {
      rule(v, path, report);
      const range = rangeOutside(v, length, field);
      if (!range) return;
      const where = field === undefined ? path : path === '' ? field : `${path}.${field}`;
      report(where, `is the range ${range[0]}…${range[1]}, outside the article's text (0…${length ?? '?'})`);
    },
    passes && ((v) => passes(v) && rangeOutside(v, length, field) === null),
  );
};

/**
 * The `[start, end]` of `v` (or of its `field`) when both are whole numbers and the range does not lie inside a
 * text of `length` characters (null: only their order counts); null when it does, or when they are not
 * numbers (the shape rule says so).
 */
export function rangeOutside(v: unknown, length: number | null, field?: string): [number, number] | null {
  const record = v as Record<string, unknown> | null;
  const r = (field === undefined ? record : record?.[field]) as { start?: unknown; end?: unknown } | null;
  if (typeof r !== 'object' || r === null) return null;
  const { start, end } = r;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const [s, e] = [start as number, end as number];
  return s < 0 || e < s || e > (length ?? Number.MAX_SAFE_INTEGER) ? [s, e] : null;
}

/**
 * Runs `rule` on `value` and returns at most `limit` problems as sentences, each starting with `label` and
 * the field's path, plus a count of the rest.
 */
export function collectProblems(rule: Rule, value: unknown, label: string, limit = 5): string[] {
  if (rule.passes?.(value)) return [];
  const problems: string[] = [];
  let more = 0;
  rule(value, '', (path, problem) => {
    if (problems.length < limit) problems.push(`${label}${path === '' ? '' : `: ${path}`} ${problem}`);
    else more++;
  });
  if (more > 0) problems.push(`…and ${more} more`);
  return problems;
}
