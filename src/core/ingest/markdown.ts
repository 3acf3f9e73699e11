import { normalizeLines } from './normalize-text';
import type { KnownMeta, TextUnit } from './types';

/** Markdown turned into paragraph candidates, with the front matter and first `# ` heading as metadata. */
export type MarkdownDoc = Readonly<{ units: readonly TextUnit[]; meta: KnownMeta }>;

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** Reads simple `key: value` YAML front matter (the keys importers care about); other YAML is ignored. */
function readFrontMatter(lines: string[]): { meta: Record<string, string>; bodyStart: number } {
  if (lines[0] !== '---') return { meta: {}, bodyStart: 0 };
  const end = lines.indexOf('---', 1);
  const close = end === -1 ? lines.indexOf('...', 1) : end;
  if (close === -1) return { meta: {}, bodyStart: 0 };
  const meta: Record<string, string> = {};
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m && m[2]) meta[m[1]!.toLowerCase()] = unquote(m[2]);
  }
  return { meta, bodyStart: close + 1 };
}

// Spans are bounded so a stray `[`, `<` or `*` in a huge paragraph cannot make a regex quadratic.
/** Inline Markdown → plain text: images dropped, links keep their text, emphasis and code marks removed. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')
    .replace(/!\[[^\]]{0,500}\]\[[^\]]{0,200}\]/g, '')
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,200}\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, '')
    .replace(/`([^`]{1,500})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)([^\n]{1,300}?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/~~([^\n]{1,300}?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const BLOCK_START = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|```|~~~)/;

/**
 * Converts Markdown to paragraph candidates: soft-wrapped lines joined, each heading and list item its own
 * paragraph, quotes unwrapped, code fences kept verbatim, images, rules and link definitions dropped.
 */
export function parseMarkdown(source: string): MarkdownDoc {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const { meta, bodyStart } = readFrontMatter(normalizeLines(lines.slice(0, 60).join('\n')));
  const units: TextUnit[] = [];
  let title: string | null = meta.title ?? null;
  let para: string[] = [];
  const flush = (): void => {
    const text = stripInlineMarkdown(para.join(' '));
    if (text) units.push({ text });
    para = [];
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.replace(/\u00A0/g, ' ').trim();
    const fence = /^(```|~~~)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence[1]!); i++)
        code.push(lines[i]!.trimEnd());
      if (code.some((l) => l.trim())) units.push({ text: code.join('\n').trim(), verbatim: true });
      continue;
    }
    if (!line || /^([-*_])(\s*\1){2,}$/.test(line) || /^\[[^\]]+\]:\s/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2]!);
      if (heading[1] === '#' && !title && units.length === 0) title = text;
      else if (text) units.push({ text });
      continue;
    }
    if (/^(=+|-+)$/.test(line) && para.length > 0) {
      // Setext heading: the paragraph above is the heading.
      const text = stripInlineMarkdown(para.join(' '));
      para = [];
      if (line.startsWith('=') && !title && units.length === 0) title = text;
      else if (text) units.push({ text });
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(item[1]!);
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    const content = quote ? quote[1]!.trim() : line;
    if (para.length > 0 && BLOCK_START.test(line) && !quote) flush();
    if (!content) flush();
    else para.push(content);
  }
  flush();
  return {
    units,
    meta: {
      title,
      source: meta.source ?? meta.publisher ?? meta.site ?? meta.site_name ?? null,
      date: meta.date ?? meta.published ?? meta.publishedat ?? null,
      url: meta.url ?? meta.link ?? meta.canonical ?? null,
    },
  };
}
