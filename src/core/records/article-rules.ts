import { isColor } from '../model/color';
import {
  bool,
  integer,
  listOf,
  MAX_TIME,
  name,
  nullable,
  oneOf,
  satisfies,
  shape,
  text,
  timestamp,
  type Rule,
} from './rules';

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'json', 'jsonl', 'paste', 'pdf', 'docx', 'eml'];

/** An id: what the workbench writes (UUIDs, `tag-…`, hashes) and what earlier versions wrote. */
export const id = name(200);

/** `YYYY-MM-DD` or a full ISO timestamp, with a year a news story can have and a real calendar day. */
const isoDate = satisfies((v) => {
  if (typeof v !== 'string' || v.length > 40) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m) return false;
  const t = Date.parse(m[4] ? v : `${v}T00:00:00Z`);
  return Number(m[1]) >= 1000 && Number.isFinite(t) && t <= MAX_TIME;
}, 'a date like 2031-04-02');

/** The fields of an article's metadata record (what the library lists). */
export const ARTICLE_META_FIELDS: Readonly<Record<string, Rule>> = {
  id,
  contentHash: name(128),
  title: text(),
  source: nullable(text()),
  date: nullable(isoDate),
  url: nullable(text()),
  fileName: nullable(text()),
  format: oneOf(ARTICLE_FORMATS),
  importedAt: timestamp,
  tags: listOf(id),
  wordCount: integer(0, 1e9),
};

/** Fields an article record may have: the syndicating agency; the container path written by ingest (dropped by the importer). */
export const ARTICLE_OPTIONAL_FIELDS: Readonly<Record<string, Rule>> = {
  entryName: text(),
  agency: text(200),
};

/** The fields of an article's body record (its texts and what ingest removed). */
export const ARTICLE_BODY_FIELDS: Readonly<Record<string, Rule>> = {
  id,
  text: text(),
  originalText: text(),
  removed: listOf(shape({ text: text(), reason: text(200) })),
};

export const articleMetaRule: Rule = shape(ARTICLE_META_FIELDS, ARTICLE_OPTIONAL_FIELDS);
export const articleBodyRule: Rule = shape(ARTICLE_BODY_FIELDS);
/** A whole article as a backup holds it: metadata and body in one record. */
export const articleRule: Rule = shape(
  { ...ARTICLE_META_FIELDS, ...ARTICLE_BODY_FIELDS },
  ARTICLE_OPTIONAL_FIELDS,
);

const color = satisfies(isColor, 'a colour (#rrggbb or a palette name)');
export const tagRule: Rule = shape({ id, name: name(200), color });
export const labelRule: Rule = shape({ id, name: name(200), color, builtIn: bool });
