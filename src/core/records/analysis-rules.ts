import { ATTRIBUTION_KINDS, ENTITY_TYPES } from '../model/analysis';
import {
  inText,
  offset,
  finite,
  integer,
  listOf,
  name,
  nullable,
  oneOf,
  shape,
  text,
  timestamp,
  rangeOutside,
  withPasses,
  type Rule,
} from './rules';
import { id } from './article-rules';

/** An object with `start` and `end` inside a text of `length` characters (unknown: null) plus `fields`. */
const spanned = (
  length: number | null,
  fields: Readonly<Record<string, Rule>>,
  optional: Readonly<Record<string, Rule>> = {},
): Rule => inText(shape({ start: offset, end: offset, ...fields }, optional), length);

const either = (a: Rule, b: Rule): Rule => {
  const [passA, passB] = [a.passes, b.passes];
  return withPasses(
    (v, path, report) => {
      let failed = false;
      a(v, path, () => {
        failed = true;
      });
      if (failed) b(v, path, report);
    },
    passA && passB && ((v) => passA(v) || passB(v)),
  );
};

const isOffset = offset.passes!;

/** A sentence span: `[start, end]`. */
const sentence = (length: number | null): Rule =>
  withPasses(
    (v, path, report) => {
      if (!Array.isArray(v) || v.length !== 2) return report(path, 'is not a [start, end] pair');
      offset(v[0], `${path}[0]`, report);
      offset(v[1], `${path}[1]`, report);
      inText(() => {}, length)({ start: v[0], end: v[1] }, path, report);
    },
    (v) =>
      Array.isArray(v) &&
      v.length === 2 &&
      isOffset(v[0]) &&
      isOffset(v[1]) &&
      rangeOutside({ start: v[0], end: v[1] }, length) === null,
  );

const entity = (length: number | null): Rule =>
  spanned(length, { type: oneOf(ENTITY_TYPES), text: text(), canonical: text() });

const attribution = (length: number | null): Rule =>
  nullable(spanned(length, { kind: oneOf(ATTRIBUTION_KINDS), text: text() }));

const speaker = (length: number | null): Rule =>
  nullable(spanned(length, { canonical: text(), text: text() }));

// Engines before 4 stored a quote's speaker as its name only, and no cue.
const quote = (length: number | null): Rule =>
  spanned(
    length,
    { speaker: either(speaker(length), nullable(text())) },
    { attribution: attribution(length) },
  );

/**
 * A claim. Fields a later engine adds go in the `optional` map, one line each (e.g. `score: finite`), so
 * older backups without them still restore.
 */
const claim = (length: number | null): Rule =>
  spanned(
    length,
    {
      attribution: attribution(length),
      hedge: nullable(text()),
      quotes: listOf(quote(length)),
      numbers: listOf(
        spanned(length, {
          text: text(),
          value: nullable(finite),
          qualifier: name(40),
          unit: nullable(text(200)),
        }),
      ),
    },
    // Added by engine 4; older analyses are analysed again after a restore.
    { score: finite, speaker: speaker(length) },
  );

/**
 * A stored analysis of an article whose text has `length` characters (null when unknown: offsets are then
 * checked only for shape and order). Fields a later engine adds go in the `optional` map, one line each.
 */
export const analysisRule = (length: number | null = null): Rule =>
  shape(
    {
      articleId: id,
      engineVersion: integer(0, 1e6),
      analyzedAt: timestamp,
      sentences: listOf(sentence(length)),
      entities: listOf(entity(length)),
      claims: listOf(claim(length)),
    },
    { quotes: listOf(quote(length)) },
  );
