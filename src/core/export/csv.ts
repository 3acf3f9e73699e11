import { makeNamer, sortByPosition } from './names';
import type { ExportArticle, ExportContext } from './types';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'article',
  'source',
  'date',
  'url',
  'quote',
  'note',
  'label',
  'tags',
  'start',
  'end',
  // The article's own tags, last so that tools reading the columns above by position still find them.
  'article_tags',
];

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first, or `=`, `+`, `-`, `@` after
 * leading spaces or line breaks, which spreadsheets skip) gets a leading `'`, the OWASP guard against CSV
 * injection: an exported note must never execute in the analyst's spreadsheet.
 */
export function guardFormula(cell: string): string {
  return /^(?:[\t\r]|\s*[=+\-@])/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting: fields holding a comma, quote, CR or LF are quoted, quotes doubled. */
export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Returns one CSV row per annotation (article title, source, date, URL, quote, note, label, tags joined by
 * `; `, start, end, the article's tags; orphaned annotations have empty offsets): RFC 4180 with CRLF row ends and a UTF-8 BOM,
 * so Excel opens accents and emoji correctly, and with formula-looking cells defused.
 */
export function exportCsv(items: readonly ExportArticle[], ctx: ExportContext): string {
  const namer = makeNamer(ctx);
  const rows: string[][] = [CSV_COLUMNS];
  for (const { article, annotations } of items) {
    const articleTags = namer.tags(article.tags).join('; ');
    for (const a of sortByPosition(annotations)) {
      const { quote, position, orphaned } = a.target;
      rows.push([
        article.title,
        article.source ?? '',
        article.date ?? '',
        article.url ?? '',
        quote.exact,
        a.note,
        namer.label(a) ?? '',
        namer.tags(a.tags).join('; '),
        orphaned ? '' : String(position.start),
        orphaned ? '' : String(position.end),
        articleTags,
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map((c) => quoteCsvField(guardFormula(c))).join(',') + '\r\n').join('');
}

/** Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF or LF rows, a leading BOM) into rows. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = csv.startsWith('\uFEFF') ? 1 : 0;
  for (; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (csv[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && csv[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
