import type { Article, Comparison, Span } from '../model';
import { escapeMarkdown } from './markdown-report';

/** A table cell: escaped, with pipes and line breaks kept inside the cell. */
const cell = (text: string): string => escapeMarkdown(text.trim()).replace(/\r?\n+/g, '<br>');

const slice = (article: Article, [start, end]: Span): string => article.text.slice(start, end);

function heading(article: Article, side: 'A' | 'B'): string {
  const meta = [article.source, article.date].filter((v): v is string => Boolean(v)).map(escapeMarkdown);
  return `- **${side}:** ${escapeMarkdown(article.title)}${meta.length > 0 ? ` (${meta.join(', ')})` : ''}`;
}

const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/**
 * Returns a Markdown report of two versions of a story side by side: a summary (how much of each is shared,
 * conflicts and differences), the discrepant facts (both wordings with what disagrees), the facts both share
 * (same or reworded) and the facts only one of them reports. Article text is escaped, so the report shows
 * the words exactly as printed.
 */
export function exportComparisonMarkdown(a: Article, b: Article, comparison: Comparison): string {
  const { pairs, onlyA, onlyB, summary } = comparison;
  const { counts } = summary;
  const out = [
    '# Coverage comparison\n',
    [heading(a, 'A'), heading(b, 'B')].join('\n') + '\n',
    `Shared: ${percent(summary.sharedRatioA)} of A, ${percent(summary.sharedRatioB)} of B; ` +
      `${counts.same} same, ${counts.reworded} reworded, ${counts.moved} moved; ` +
      `${counts.conflicts} conflicts, ${counts.differences} differences.\n`,
  ];
  const discrepant = pairs.filter((p) => p.discrepancies.length > 0);
  if (discrepant.length > 0) {
    out.push(
      `## Discrepant facts (${discrepant.length})\n`,
      '| A | B | What differs |',
      '| --- | --- | --- |',
    );
    for (const p of discrepant) {
      const what = p.discrepancies.map((d) => `${d.severity}: ${d.message}`).join('; ');
      out.push(`| ${cell(slice(a, p.a))} | ${cell(slice(b, p.b))} | ${cell(what)} |`);
    }
    out.push('');
  }
  const shared = pairs.filter((p) => p.discrepancies.length === 0);
  if (shared.length > 0) {
    out.push(`## Shared facts (${shared.length})\n`, '| A | B | How |', '| --- | --- | --- |');
    for (const p of shared) {
      const how = `${p.kind}${p.moved ? ', moved' : ''}`;
      out.push(`| ${cell(slice(a, p.a))} | ${cell(slice(b, p.b))} | ${how} |`);
    }
    out.push('');
  }
  for (const [side, article, spans] of [
    ['A', a, onlyA],
    ['B', b, onlyB],
  ] as const) {
    if (spans.length === 0) continue;
    out.push(`## Only in ${side} (${spans.length})\n`);
    for (const s of spans) out.push(`- ${cell(slice(article, s))}`);
    out.push('');
  }
  return out.join('\n');
}
