/**
 * The WHATWG URL class every runtime of core has (browsers, workers, Node); core's no-DOM `lib` does not
 * declare it, so only the part used here is.
 */
declare const URL: new (input: string) => Readonly<{ href: string; protocol: string; hostname: string }>;

/** A URL that parsed: its normalised form and host name. */
export type WebUrl = Readonly<{ href: string; hostname: string }>;

/**
 * Parses an article's or an annotation's URL, which comes from the analyst's files and may be anything:
 * returns the http(s) URL, or null for text that is not one (`https://[::1`, a port past 65535,
 * `javascript:`…). Never throws, so a bad URL can be shown as text or dropped but never stop a view.
 */
export function parseWebUrl(raw: string | null | undefined): WebUrl | null {
  if (!raw) return null;
  let url: Readonly<{ href: string; protocol: string; hostname: string }>;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { href: url.href, hostname: url.hostname };
}
