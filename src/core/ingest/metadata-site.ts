import { parseWebUrl } from '../text/web-url';

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The host of a page's URL without "www.", "m." or "amp." ("https://www.phys.org/news/…" → "phys.org"). */
export function hostOf(url: string | null | undefined): string | null {
  const host = parseWebUrl(url)?.hostname.toLowerCase();
  if (!host || /^[\d.]+$|^\[|^localhost$/.test(host)) return null;
  return host.replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

// Separators sites put between a page's headline and their name ("Headline | Site", "Headline - Site").
const TITLE_PARTS = /\s+[|–—·•:-]{1,2}\s+/;

/**
 * The site's own name for a host: the part of the page title after the headline when it spells the host
 * ("… | The New Arab" on thenewarab.com → "The New Arab"), otherwise the host itself ("phys.org"), which
 * reads better than any guess at splitting it into words.
 */
export function outletFromHost(url: string | null | undefined, pageTitle?: string | null): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  const name = labels.length > 1 ? labels[labels.length - 2]! : host;
  const parts = pageTitle?.split(TITLE_PARTS) ?? [];
  for (const part of [parts[parts.length - 1], parts[0]]) {
    if (!part || parts.length < 2 || part.length > 60) continue;
    const key = compact(part);
    if (key.length >= 3 && (compact(host).includes(key) || key.includes(compact(name)))) return part.trim();
  }
  return host;
}

// Words of a job, not of an outlet: "Jane Doe, Senior Correspondent" names no outlet.
const JOB =
  /\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|analyst|desk|bureau|journalist|producer|author)s?\b/i;

/**
 * The outlet a byline names after its author ("By Jane Doe | The Harbour Times", "Jane Doe for Coastline
 * Daily"), or null. Titles and jobs ("Jane Doe, Senior Reporter") are not outlets.
 */
export function outletFromByline(byline: string | null | undefined): string | null {
  const m =
    /(?:\s[|–—]\s|\sfor\s)((?:The\s)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})$/u.exec(
      byline?.trim() ?? '',
    );
  return m && !JOB.test(m[1]!) ? m[1]! : null;
}

/**
 * A file name that is an identifier, not a name: a content hash, a UUID or a long run of letters and digits
 * ("3f9a2c71be04d8e6.html", "a1b2c3d4-…"). Such a name is never shown as an outlet or a title.
 */
export function isHashLikeName(fileName: string): boolean {
  const stem = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '');
  if (/^[0-9a-f]{8,}(?:-[0-9a-f]{4,})*$/i.test(stem)) return true;
  return stem.length >= 16 && !/[\s_.-]/.test(stem) && /\d/.test(stem) && /[a-z]/i.test(stem);
}
