/**
 * Outlet names as articles spell them: "@politifact", "PolitiFact", "politifact.com", "© 2019 The New Arab".
 * Pure string work; `outletKey` is what two spellings of one outlet share, `cleanOutletName` what to show.
 */

// A copyright line in front of the name ("© 2019", "(c) 2008-2011", "Copyright 2020"); "@ 2019" is a "©"
// some pages lose in their encoding.
const COPYRIGHT = /^(?:©|\(c\)|copyright\b|@(?=\s*\d{4}\b))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/i;
const DOMAIN = /^(?:[a-z][a-z+.-]*:\/\/)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?::\d+)?(?:[/?#]\S*)?$/iu;
// Second-level labels of country domains ("bbc.co.uk", "abc.net.au"): not the outlet's name.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'news']);
// Leading host labels that say which server, not which outlet ("www.", "m.", "edition.cnn.com").
const SUBDOMAIN_HINT = new Set(['www', 'm', 'amp', 'mobile', 'edition', 'news', 'en', 'english']);

/** The host of a source written as a domain or URL ("https://www.politifact.com/x" → "politifact.com"). */
function hostOf(name: string): string | null {
  const m = DOMAIN.exec(name);
  if (!m || /\s/.test(name)) return null;
  return m[1]!.toLowerCase().replace(/^www\./, '');
}

/** The name without a copyright line, handle mark or surrounding space: what the analyst reads. */
export function cleanOutletName(source: string): string {
  const name = source
    .replace(/\s+/g, ' ')
    .trim()
    .replace(COPYRIGHT, '')
    .replace(/^@(?=\S)/, '')
    .trim();
  return hostOf(name) ?? name;
}

/** The label of a host that names the outlet: "news.bbc.co.uk" → "bbc", "edition.cnn.com" → "cnn". */
function hostName(host: string): string {
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const named = labels.filter((l, i) => i === labels.length - 1 || !SUBDOMAIN_HINT.has(l));
  return named.at(-1) ?? host;
}

/**
 * The key every spelling of one outlet shares: lower case without accents, copyright line, handle mark,
 * leading "the", spaces or punctuation; a domain or URL by the label that names the outlet. "" when the
 * source names nothing.
 */
export function outletKey(source: string): string {
  const name = cleanOutletName(source);
  const host = hostOf(name);
  return (host === null ? name : hostName(host))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a cleaned name reads as a name rather than a handle or a domain (preferred for display). */
export function looksLikeName(name: string): boolean {
  return hostOf(name) === null && /\p{Lu}/u.test(name);
}
