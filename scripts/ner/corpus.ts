// Reads the NER sets of ../shared/training (MANIFEST.md: `token<TAB>IOB2-tag`, blank line ends a sentence,
// `-DOCSTART-` starts a document) into detokenised texts with gold character spans, and assigns every
// document to train, dev or test deterministically.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Split = 'train' | 'dev' | 'test';
export type GoldType = 'PER' | 'ORG' | 'LOC' | 'NORP' | 'MISC';
export type GoldSpan = { start: number; end: number; type: GoldType };
/** One document (or one sentence, for sets without documents) as plain text with its gold names. */
export type GoldDoc = { set: string; id: string; split: Split; text: string; spans: GoldSpan[] };

export const TRAINING_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'training',
);

/** FNV-1a of a string: the document hash that decides held-out shares. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * For sets without an authors' split: 25% of documents test, 10% dev, the rest train, by FNV-1a of
 * "<set>:<document id>" modulo 100 (ids from documents.tsv, else the document's ordinal).
 */
export function hashedSplit(set: string, id: string): Split {
  const bucket = fnv(`${set}:${id}`) % 100;
  return bucket < 25 ? 'test' : bucket < 35 ? 'dev' : 'train';
}

// No space before these tokens, none after the openers: text that reads like news copy.
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}»”’]|'s|’s|n't|n’t|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{«“‘$#@]$/;

type RawSentence = Array<[token: string, tag: string]>;

/** Joins tokens into text, returning the text and each token's start offset. */
function detokenise(tokens: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let quoteOpen = false;
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1];
    let space = i > 0;
    if (NO_SPACE_BEFORE.test(token)) space = false;
    if (prev !== undefined && NO_SPACE_AFTER.test(prev)) space = false;
    if (token === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    starts.push(text.length);
    text += token;
  });
  return { text, starts };
}

/** Gold spans of one sentence's IOB2 tags, as character offsets (+ `base`). */
function spansOf(sentence: RawSentence, starts: number[], base: number): GoldSpan[] {
  const spans: GoldSpan[] = [];
  sentence.forEach(([token, tag], i) => {
    const start = base + starts[i]!;
    const end = start + token.length;
    if (tag.startsWith('B-')) spans.push({ start, end, type: tag.slice(2) as GoldType });
    else if (tag.startsWith('I-') && spans.length > 0) spans[spans.length - 1]!.end = end;
  });
  return spans;
}

function readSentences(file: string): { docs: RawSentence[][]; hasDocs: boolean } {
  const docs: RawSentence[][] = [[]];
  let sentence: RawSentence = [];
  let hasDocs = false;
  const flush = (): void => {
    if (sentence.length > 0) docs[docs.length - 1]!.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      hasDocs = true;
      if (docs[docs.length - 1]!.length > 0) docs.push([]);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    sentence.push([line.slice(0, tab).replace(/_/g, ' '), line.slice(tab + 1).trim()]);
  }
  flush();
  return { docs: docs.filter((d) => d.length > 0), hasDocs };
}

/** One document's text: sentences joined by a space (a line break after a line without final punctuation). */
function buildDoc(sentences: RawSentence[]): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  for (const sentence of sentences) {
    const joined = detokenise(sentence.map(([t]) => t));
    if (text.length > 0) text += /[.!?"”’)]$/.test(text) ? ' ' : '\n';
    spans.push(...spansOf(sentence, joined.starts, text.length));
    text += joined.text;
  }
  return { text, spans };
}

function documentIds(set: string): string[] | null {
  const file = path.join(TRAINING_DIR, set, 'documents.tsv');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t')[0]!);
}

/** Documents of one file; `split` fixes the split of every document, else each document is hashed. */
function readFile(set: string, file: string, split: Split | null): GoldDoc[] {
  const { docs, hasDocs } = readSentences(path.join(TRAINING_DIR, set, file));
  const ids = documentIds(set);
  // Sets without documents: each sentence (tweet, Wikipedia sentence) is its own text.
  const units = hasDocs ? docs : docs.flat().map((s) => [s]);
  return units.map((sentences, i) => {
    const id = ids?.[i] ?? `${file}#${i}`;
    return { set, id, split: split ?? hashedSplit(set, id), ...buildDoc(sentences) };
  });
}

/** The btc sections: authors' test is f, dev is the second half of h; the rest trains. */
function readBtc(): GoldDoc[] {
  const out: GoldDoc[] = [];
  for (const part of ['a', 'b', 'e', 'f', 'g', 'h']) {
    const docs = readFile('btc', `btc_${part}.conll`, part === 'f' ? 'test' : 'train');
    if (part === 'h') docs.forEach((d, i) => (d.split = i >= docs.length / 2 ? 'dev' : 'train'));
    out.push(...docs);
  }
  return out;
}

/** Every NER document of ../shared/training with its split, or null when the folder is absent. */
export function readCorpus(): GoldDoc[] | null {
  if (!existsSync(TRAINING_DIR)) return null;
  return [
    ...readFile('crossner_politics', 'crossner_politics_train.conll', 'train'),
    ...readFile('crossner_politics', 'crossner_politics_dev.conll', 'dev'),
    ...readFile('crossner_politics', 'crossner_politics_test.conll', 'test'),
    ...readFile('uner_ewt', 'en_ewt-ud-dev.conll', 'dev'),
    ...readFile('uner_ewt', 'en_ewt-ud-test.conll', 'test'),
    ...readFile('uner_pud', 'en_pud-ud-test.conll', null),
    ...readFile('gum_nonnews', 'gum_nonnews.conll', null),
    ...readFile('wikigold', 'wikigold.conll', null),
    ...readFile('re3d', 're3d_permissive.conll', null),
    ...readBtc(),
  ];
}
