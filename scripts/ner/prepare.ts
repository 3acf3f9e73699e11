// Turns gold documents into the engine's own sentences and tokens with one tag index per token, so the
// tagger trains on exactly the tokens it will see in the app.
import { splitSentences } from '../../src/core/analysis/sentences';
import { createFeaturizer, sentenceFeatures } from '../../src/core/analysis/tagger/features';
import { buildGazetteer, type GazetteerLists } from '../../src/core/analysis/tagger/gazetteer';
import { TAGS } from '../../src/core/analysis/tagger/tags';
import { tokenize } from '../../src/core/analysis/tokens';
import type { GoldDoc } from './corpus';

/** One sentence ready for training: its features and gold tags. */
export type Example = { features: Uint32Array; tags: Uint8Array; n: number };

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Tags each token by the gold span its start falls in (B- at the span's first token, I- after). */
function tagTokens(doc: GoldDoc, starts: readonly number[]): Uint8Array {
  const tags = new Uint8Array(starts.length);
  let s = 0;
  let previousSpan = -1;
  starts.forEach((start, i) => {
    while (s < doc.spans.length && doc.spans[s]!.end <= start) s++;
    const span = doc.spans[s];
    if (!span || span.start > start) return;
    tags[i] = TAG_INDEX.get(`${previousSpan === s ? 'I' : 'B'}-${span.type}`)!;
    previousSpan = s;
  });
  return tags;
}

/** Every sentence of `docs` as a training example. */
export function prepareExamples(docs: readonly GoldDoc[], gazetteer: GazetteerLists): Example[] {
  const featurizer = createFeaturizer(buildGazetteer(gazetteer));
  const examples: Example[] = [];
  for (const doc of docs) {
    const sentences = splitSentences(doc.text);
    const tokens = tokenize(doc.text, sentences);
    const tags = tagTokens(
      doc,
      tokens.map((t) => t.start),
    );
    let a = 0;
    while (a < tokens.length) {
      let b = a + 1;
      while (b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence) b++;
      // A sentence never starts inside a name: if the splitter cut one, the cut half starts with B-.
      const own = tags.slice(a, b);
      if (own[0]! > 0 && TAGS[own[0]!]!.startsWith('I-'))
        own[0] = TAG_INDEX.get(`B-${TAGS[own[0]!]!.slice(2)}`)!;
      examples.push({ features: sentenceFeatures(featurizer, doc.text, tokens, a, b), tags: own, n: b - a });
      a = b;
    }
  }
  return examples;
}
