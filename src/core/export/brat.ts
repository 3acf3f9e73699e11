import { applyCorrections } from '../analysis-corrections';
import { makeNamer, sortByPosition } from './names';
import type { ExportArticle, ExportContext } from './types';

/** brat types are single tokens: anything but letters, digits, `_` and `-` becomes `_`. */
function toBratType(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'Annotation';
}

/** A span as brat fragments: brat text-bound spans may not cross a line break, so they are split there. */
function fragments(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      if (i > from) parts.push(`${from} ${i}`);
      from = i + 1;
    }
  }
  return parts.join(';');
}

/**
 * A value as one brat field: line breaks of any kind (CR, LF, U+2028…), tabs and other control characters
 * become one space, so text from an article, a note or a tag name can neither end the line nor add a field.
 */
const oneField = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  s.replace(/\s*[\x00-\x1f\x7f-\x9f\u2028\u2029]+\s*/g, ' ');

/**
 * Returns one article in brat standoff form: `txt` is the clean text, `ann` has a `T` line per entity (after
 * the analyst's corrections) and per placed annotation (typed by its label), and an `AnnotatorNotes` line per
 * annotation note (tags appended), so the set opens in brat or any standoff-reading tool.
 */
export function exportBrat(item: ExportArticle, ctx: ExportContext): { txt: string; ann: string } {
  const { article, analysis, annotations, corrections } = item;
  const text = article.text;
  const namer = makeNamer(ctx);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const addSpan = (type: string, start: number, end: number): string | null => {
    const frags = fragments(text, start, end);
    if (frags === '') return null;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${frags}\t${oneField(text.slice(start, end))}`);
    return id;
  };
  const entities = analysis ? applyCorrections(analysis.entities, analysis.claims, corrections).entities : [];
  for (const e of entities) addSpan(e.type, e.start, e.end);
  for (const a of sortByPosition(annotations)) {
    if (a.target.orphaned) continue;
    const id = addSpan(
      toBratType(namer.label(a) ?? 'Annotation'),
      a.target.position.start,
      a.target.position.end,
    );
    const tags = namer.tags(a.tags);
    const note = [oneField(a.note), tags.length > 0 ? `[tags: ${oneField(tags.join('; '))}]` : '']
      .filter(Boolean)
      .join(' ');
    if (id && note !== '') lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
  }
  return { txt: text, ann: lines.map((l) => l + '\n').join('') };
}
