/** What a page's JSON-LD says about its article: who published it, when, under which headline. */
export type JsonLdArticle = Readonly<{
  publisher: string | null;
  datePublished: string | null;
  headline: string | null;
  author: string | null;
}>;

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function typesOf(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object of the blocks, flattened out of arrays and `@graph`s (one level of nesting is what sites use). */
function nodesOf(value: unknown, into: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const v of value) nodesOf(v, into);
  else if (isNode(value)) {
    into.push(value);
    if (Array.isArray(value['@graph'])) nodesOf(value['@graph'], into);
  }
  return into;
}

/** A name, or the name of the node an `{"@id"}` reference points to, or the first of a list. */
function nameOf(value: unknown, byId: ReadonlyMap<string, Node>): string | null {
  if (Array.isArray(value)) return value.length ? nameOf(value[0], byId) : null;
  if (typeof value === 'string') return str(value);
  if (!isNode(value)) return null;
  const ref = str(value['@id']);
  return str(value.name) ?? (ref && byId.get(ref) !== value ? nameOf(byId.get(ref)?.name, byId) : null);
}

const ARTICLE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

/**
 * Reads the article facts from a page's `application/ld+json` blocks (as text; a block that is not JSON is
 * skipped): the article node (NewsArticle, Article, BlogPosting…) with its publisher's name, else the site's
 * Organization or WebSite name.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      nodesOf(JSON.parse(block), nodes);
    } catch {
      // Sites ship broken JSON-LD (trailing commas, unescaped quotes); the rest of the page still counts.
    }
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    const id = str(node['@id']);
    if (id) byId.set(id, node);
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE.test(t)));
  const site = nodes.find((n) =>
    typesOf(n).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)),
  );
  return {
    publisher: (article && nameOf(article.publisher, byId)) ?? (site ? str(site.name) : null),
    datePublished: article ? (str(article.datePublished) ?? str(article.dateCreated)) : null,
    headline: article ? str(article.headline) : null,
    author: article ? nameOf(article.author, byId) : null,
  };
}
