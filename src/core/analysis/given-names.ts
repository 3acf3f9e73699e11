// A person the text named whole, then by given name alone as a speaker: "Lt. Gen. Arif Wicaksono … "…," Arif
// said". Indonesian, Malaysian and Thai outlets write people so; English ones do for children and victims.
import type { NameSpan } from './name-spans';
import { SURNAME_SHAPE } from './name-forms';
import type { Token } from './tokens';

// A verb of saying right after the name, or an inverted one right before it.
const SAID_AFTER = /^\s+(?:said|says|told|added|asked|explained|recalled|replied)\b/;
const SAID_BEFORE = /[,"”]\s*(?:said|says|added|asked|explained|recalled|replied)\s+$/;
const PARTICLE = /^\p{Ll}/u;

/**
 * The names with each given name the text used alone next to a verb of saying, as a person, when one person
 * alone has that given name and no name covers the word already. `names` are sorted by start.
 */
export function givenNamesSpeaking(
  text: string,
  tokens: readonly Token[],
  names: readonly NameSpan[],
): NameSpan[] {
  const given = new Map<string, boolean>();
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const surface = text.slice(n.start, n.end);
    const space = surface.indexOf(' ');
    if (space < 0 || PARTICLE.test(surface.slice(space + 1))) continue;
    const first = surface.slice(0, space);
    if (SURNAME_SHAPE.test(first)) given.set(first, !given.has(first));
  }
  if (given.size === 0) return names.slice();
  const out = names.slice();
  let k = 0;
  for (const t of tokens) {
    if (!t.cap || given.get(t.text) !== true) continue;
    while (k < names.length && names[k]!.end <= t.start) k++;
    if (k < names.length && names[k]!.start < t.end) continue;
    const spoke =
      SAID_AFTER.test(text.slice(t.end, t.end + 12)) ||
      SAID_BEFORE.test(text.slice(Math.max(0, t.start - 14), t.start));
    if (spoke) out.push({ start: t.start, end: t.end, type: 'PERSON' });
  }
  return out.length === names.length ? out : out.sort((x, y) => x.start - y.start);
}
