import { TITLES } from './lexicon/titles';
import { isCommonNoun, overrule, type Sentence } from './name-sentence';

// Words that close a sports club's name in English football and beyond ("Ashford Rovers", "Charlton
// Athletic", "Brighton and Hove Albion"). Not "City", "Town" or "County", which close places' names as often.
const CLUB_CLOSERS: ReadonlySet<string> = new Set(
  'Rovers Wanderers Athletic Albion Rangers Hotspur Argyle Harriers Thistle Academicals United'.split(' '),
);

/**
 * A club named after its town and a word such as "Rovers" is one organisation, however the model typed or
 * cut the words (it made a person of "Ashford" and an organisation of "Rovers", a person of "Charlton
 * Athletic"). "and" joins a town's two names ("Brighton and Hove Albion").
 */
export function clubNames(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    // The word closes the name: "Anguilla United Front", "United States" are no clubs.
    if (!CLUB_CLOSERS.has(t.text) || !tokens[k - 1]!.cap || t.headline || tokens[k + 1]?.cap) continue;
    let from = k - 1;
    // A title is no part of the club's name ("Former Rangers striker").
    const named = (x: number) => tokens[x]!.cap && !tokens[x]!.headline && !TITLES.has(tokens[x]!.text);
    if (!named(from)) continue;
    while (from > a && named(from - 1)) from--;
    // Only one word before "and", itself no club's: "Bristol Rovers and Wycombe Wanderers" are two clubs.
    const town = tokens[from - 2];
    if (
      from - 2 >= a &&
      tokens[from - 1]!.text === 'and' &&
      town?.cap &&
      !CLUB_CLOSERS.has(town.text) &&
      !(from - 3 >= a && tokens[from - 3]!.cap)
    )
      from -= 2;
    // A common word opening the sentence ("The", "Yesterday") is no part of the name.
    if (tokens[from]!.weak && isCommonNoun(s, tokens[from]!)) from++;
    if (from >= k) continue;
    overrule(s, from, k + 1, [{ start: tokens[from]!.start, end: tokens[k]!.end, type: 'ORG' }]);
  }
}
