import { applyCorrections } from '../analysis-corrections';
import type { Annotation, Claim } from '../model';
import { parseWebUrl } from '../text/web-url';
import { makeNamer, sortByPosition, type Namer } from './names';
import type { ExportArticle, ExportContext } from './types';

/**
 * Escapes Markdown so an analyst's text shows as typed: inline syntax characters everywhere, and block
 * markers (`#`, `>`, list bullets, `1.`) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(
      /^(\s*)([#>+-]|\d+[.)])/gm,
      (_, space: string, mark: string) => `${space}${mark.replace(/[#>+\-.)]$/, '\\$&')}`,
    );
}

/** Text as a Markdown blockquote, one `>` per line, so multi-paragraph quotes stay quoted. */
const blockquote = (text: string): string =>
  escapeMarkdown(text)
    .split('\n')
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');

/** Line breaks kept inside a list item: a CommonMark hard break, the next line indented under the item. */
const keepBreaks = (text: string): string => escapeMarkdown(text).split('\n').join('\\\n  ');

/** A web URL as an autolink (its `<`, `>` and spaces encoded); anything else (`javascript:`…) as plain text. */
function describeUrl(url: string): string {
  const web = parseWebUrl(url);
  return web ? `<${web.href.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(oneLine(url));
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** The speaker's words, with whom they stand for when that is another name ("He (Olivier Ferrand)"). */
function describeSpeaker(speaker: NonNullable<Claim['speaker']>): string {
  const words = escapeMarkdown(speaker.text);
  const named = !speaker.text.toLowerCase().includes(speaker.canonical.toLowerCase());
  return named ? `${words} (${escapeMarkdown(speaker.canonical)})` : words;
}

function describeClaim(text: string, claim: Claim): string {
  const a = claim.attribution;
  const speaker = claim.speaker ? `${describeSpeaker(claim.speaker)}, ` : '';
  const who = a ? `attributed to ${speaker}“${escapeMarkdown(a.text)}” (${a.kind})` : 'unattributed';
  const hedge = claim.hedge ? `hedged: “${escapeMarkdown(claim.hedge)}”` : 'not hedged';
  return `${blockquote(text.slice(claim.start, claim.end))}\n\n— ${who}; ${hedge}\n`;
}

function describeAnnotation(a: Annotation, namer: Namer): string {
  const lines = [blockquote(a.target.quote.exact), ''];
  if (a.target.orphaned) lines.push('- *Could not be placed in the current text.*');
  if (a.note !== '') lines.push(`- **Note:** ${keepBreaks(a.note)}`);
  const label = namer.label(a);
  if (label !== null) lines.push(`- **Label:** ${escapeMarkdown(label)}`);
  const tags = namer.tags(a.tags);
  if (tags.length > 0) lines.push(`- **Tags:** ${tags.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The article's heading and its source, date, URL and tag lines, at heading `level`. */
function describeArticle({ article }: ExportArticle, level: string, namer: Namer): string {
  const meta = [
    ['Source', article.source && escapeMarkdown(article.source)],
    ['Date', article.date && escapeMarkdown(article.date)],
    ['URL', article.url && describeUrl(article.url)],
    ['Article tags', namer.tags(article.tags).map(escapeMarkdown).join(', ')],
  ].filter(([, v]) => v);
  const lines = meta.length > 0 ? `\n${meta.map(([k, v]) => `- **${k}:** ${v}`).join('\n')}\n` : '';
  return `${level} ${escapeMarkdown(article.title)}\n${lines}`;
}

/**
 * Returns a readable Markdown report in two parts: first the analyst's annotations, per article in text
 * order (quote, note with its line breaks, label, tags), then the automatic findings, per article its claims
 * (the sentence quoted, with attribution and hedge, rejected ones left out). Each article shows its title,
 * source, date, URL and tags; an article with nothing in a part is left out of it. Everything the analyst typed
 * is Markdown-escaped.
 */
export function exportMarkdownReport(items: readonly ExportArticle[], ctx: ExportContext): string {
  const namer = makeNamer(ctx);
  const noteCount = items.reduce((n, item) => n + item.annotations.length, 0);
  const out = [
    `# Coverage Workbench report\n`,
    `Generated ${ctx.generatedAt}; ${items.length} article(s), ${noteCount} annotation(s).\n`,
    `## Annotations\n`,
  ];
  if (noteCount === 0) out.push('*No annotations in these articles.*\n');
  for (const item of items) {
    if (item.annotations.length === 0) continue;
    out.push(describeArticle(item, '###', namer));
    for (const a of sortByPosition(item.annotations)) out.push(describeAnnotation(a, namer));
  }
  out.push(`## Automatic findings\n`);
  for (const item of items) {
    const { article, analysis, corrections } = item;
    const claims = analysis ? applyCorrections(analysis.entities, analysis.claims, corrections).claims : [];
    out.push(describeArticle(item, '###', namer));
    if (claims.length > 0) {
      out.push(`#### Claims (${claims.length})\n`);
      for (const c of claims) out.push(describeClaim(article.text, c));
    } else out.push(analysis ? '*No claims found.*\n' : '*Not analysed yet.*\n');
  }
  return out.join('\n');
}
