import { PLACES } from './lexicon/places';
import { overrule, type Sentence } from './name-sentence';

// "reported by The Ledger", "an interview with The Local": after these words "The" and a name are the outlet a
// report came from ("told The Hindu" and "according to The Courier" are read apart).
const BEFORE_OUTLET: ReadonlySet<string> = new Set(['by', 'with']);
const REPORTING = new Set(['reported', 'seen', 'obtained', 'published', 'cited', 'quoted', 'interview']);

/**
 * A name after "The" where a source speaks to an outlet, or a report comes from one, is that outlet: an
 * organisation, however the model typed it or whether it found it ("told The Hindu" was a people, "The Hindu";
 * "told The Courier" nothing). A listed place keeps its type ("according to The Hague").
 */
export function outletNames(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]!.text !== 'The' || !afterOutletWord(s, a, k)) continue;
    let end = k + 1;
    while (end < b && end - k <= 4 && tokens[end]!.cap && !tokens[end]!.headline) end++;
    if (end === k + 1) continue;
    const start = tokens[k + 1]!.start;
    const name = s.text.slice(start, tokens[end - 1]!.end);
    if (PLACES.get(name)?.type === 'PLACE' || PLACES.get(`The ${name}`)?.type === 'PLACE') continue;
    // An organisation found there already keeps its own span ("The Associated Press" may hold its "The").
    const from = tokens[k]!.start;
    if (s.out.some((n) => n.type === 'ORG' && n.start < tokens[end - 1]!.end && n.end > from)) continue;
    overrule(s, k + 1, end, [{ start, end: tokens[end - 1]!.end, type: 'ORG' }]);
    k = end - 1;
  }
}

// News agencies, papers and broadcasters the model takes for people or places ("told Anadolu", "on France
// Inter"): organisations wherever they stand. None is a common word ("Dawn", "Punch", "Nation" are left out).
const OUTLETS: readonly string[] =
  `Anadolu|Xinhua|TASS|Interfax|Yonhap|Kyodo|Jiji|Bernama|Antara|EFE|ANSA|Agerpres|AFP
Al Jazeera|Al-Monitor|Al Arabiya|Asharq Al-Awsat|Le Monde|Le Figaro|Libération|Le Parisien|France Inter|France Info
France 24|Der Spiegel|Die Welt|Die Zeit|Süddeutsche Zeitung|Frankfurter Allgemeine|El País|El Mundo
La Vanguardia|Corriere della Sera|La Repubblica|La Stampa|NHK|Asahi Shimbun|Yomiuri Shimbun|Mainichi|Nikkei
Haaretz|Ynet|Kommersant|Vedomosti|Izvestia|RIA Novosti|Folha de S.Paulo|O Globo|Clarín|Politico|Axios|Semafor`.split(
    /[|\n]/,
  );
// Each outlet's words by its first word.
const OUTLETS_BY_FIRST = new Map<string, string[][]>();
for (const name of OUTLETS) {
  const words = name.split(' ');
  OUTLETS_BY_FIRST.set(words[0]!, [...(OUTLETS_BY_FIRST.get(words[0]!) ?? []), words]);
}

/** Known news outlets in `tokens[a..b)`, as organisations whatever the model made of them. */
export function knownOutlets(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a; k < b; k++) {
    const names = OUTLETS_BY_FIRST.get(tokens[k]!.text);
    const words = names?.find((w) => k + w.length <= b && w.every((word, i) => tokens[k + i]!.text === word));
    if (!words) continue;
    const end = k + words.length;
    const start = tokens[k]!.start;
    const stop = tokens[end - 1]!.end;
    if (s.out.some((n) => n.type === 'ORG' && n.start <= start && n.end >= stop)) continue;
    overrule(s, k, end, [{ start, end: stop, type: 'ORG' }]);
    k = end - 1;
  }
}

function afterOutletWord(s: Sentence, a: number, k: number): boolean {
  const word = s.tokens[k - 1]!.text;
  if (word === 'told' || word === 'tells') return true;
  if (word === 'to') return k - 2 >= a && s.tokens[k - 2]!.text.toLowerCase() === 'according';
  return BEFORE_OUTLET.has(word) && k - 2 >= a && REPORTING.has(s.tokens[k - 2]!.text.toLowerCase());
}
