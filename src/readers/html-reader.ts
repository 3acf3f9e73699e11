import { Readability } from '@mozilla/readability';
// The worker build of linkedom is one self-contained ES module (the main entry pulls a CommonJS canvas shim).
import { parseHTML } from 'linkedom/worker';
import type { HtmlExtract, HtmlReader } from '../core/ingest';
import { flattenDeepHtml } from '../core/ingest/html-depth';
import { readJsonLd } from '../core/ingest/json-ld';
import { outletFromHost } from '../core/ingest/metadata-site';

// Nothing in a dropped page may run or load: these go before Readability sees the document.
const STRIPPED =
  'script, style, iframe, frame, frameset, noscript, object, embed, template, svg, canvas, link, button, select, input, textarea';
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

type Doc = ReturnType<typeof parseHTML>['document'];
type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

function sanitize(document: Doc): void {
  for (const el of [...document.querySelectorAll(STRIPPED)]) el.remove();
  for (const el of [...document.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || /^(javascript|vbscript|data):/.test(value.replace(/\s+/g, ''))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

function meta(document: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Text of a subtree as paragraphs: every block element (and <br>) ends the paragraph being collected. */
function collectParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

const clean = (s: string | null | undefined): string | null => s?.replace(/\s+/g, ' ').trim() || null;

function readMetadata(document: Doc): Omit<HtmlExtract, 'paragraphs'> {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const h1 = clean(document.querySelector('h1')?.textContent);
  const ld = readJsonLd(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ''),
  );
  const url = [canonical, meta(document, 'og:url')].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  return {
    title: meta(document, 'og:title', 'twitter:title', 'citation_title') ?? ld.headline ?? h1,
    byline: meta(document, 'author', 'article:author', 'byl') ?? ld.author,
    siteName:
      meta(document, 'og:site_name', 'application-name', 'citation_publisher', 'publisher') ?? ld.publisher,
    siteHost: outletFromHost(url, clean(document.querySelector('title')?.textContent)),
    publishedTime:
      meta(document, 'article:published_time', 'og:published_time', 'citation_publication_date') ??
      ld.datePublished ??
      meta(document, 'citation_date', 'datePublished', 'dc.date', 'DC.date.issued', 'date', 'pubdate') ??
      (time || null),
    url,
  };
}

/**
 * Reads an HTML page into metadata and story paragraphs with linkedom + Readability, in a worker or in Node.
 * Scripts never run (linkedom has no script engine, and script-like elements, event handlers and
 * `javascript:` URLs are stripped first). Falls back to the body's text blocks when Readability finds no
 * article. Elements nested past `MAX_HTML_DEPTH` are flattened first (their text kept), so time stays
 * bounded; a page that still exhausts the stack throws a plain message, not the engine's RangeError.
 */
export const readHtml: HtmlReader = (html) => {
  try {
    return readPage(flattenDeepHtml(html).html);
  } catch (error) {
    if (error instanceof RangeError)
      throw new Error('its HTML is nested too deeply or is too large to read.', { cause: error });
    throw error;
  }
};

function readPage(html: string): HtmlExtract | null {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const metadata = readMetadata(document); // before sanitizing: it removes <link rel=canonical> with the rest
  sanitize(document);
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const fallbackBody = document.body ? collectParagraphs(document.body as unknown as DomNode) : [];
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    const reader = new Readability<DomNode>(document as unknown as Document, {
      charThreshold: 200,
      serializer: (node) => node as unknown as DomNode,
    });
    article = reader.parse();
  } catch {
    article = null; // Readability is a heuristic over odd markup; the body text is still worth having.
  }
  const fromArticle = article?.content ? collectParagraphs(article.content) : [];
  const paragraphs = fromArticle.length > 0 ? fromArticle : fallbackBody;
  if (paragraphs.length === 0) return null;
  return {
    title: metadata.title ?? article?.title?.trim() ?? pageTitle,
    byline: metadata.byline ?? article?.byline?.trim() ?? null,
    siteName: metadata.siteName ?? article?.siteName?.trim() ?? null,
    siteHost: metadata.siteHost,
    publishedTime: metadata.publishedTime ?? article?.publishedTime?.trim() ?? null,
    url: metadata.url,
    paragraphs,
  };
}
