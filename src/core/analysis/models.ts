import { decodeClaimModel, type ClaimModel, type ClaimModelFile } from './claim-model';
import { decodeTagger, type TaggerModel, type TaggerModelFile } from './tagger/model';

/** The trained models the engine runs on, given to `analyzeText` as data (core never reads files). */
export type AnalysisModels = Readonly<{ tagger: TaggerModel; claims: ClaimModel }>;

let loading: Promise<AnalysisModels> | null = null;

// The WHATWG URL class and `import.meta.url`, which every runtime of core has (browsers, workers, Node); core's
// no-DOM `lib` declares neither, so only what is used here is.
declare const URL: new (input: string, base: string) => Readonly<{ href: string }>;
declare global {
  interface ImportMeta {
    url: string;
  }
}

// The models are imported as JSON modules from their own URLs: the bundler ships them as files, which the
// browser parses as JSON. As JavaScript chunks (the tagger was 7.8 MB then) each worker that loaded them compiled
// and code-cached them first: a 1,000-file import took ~15% longer. Node imports the same files from disk.
const TAGGER_URL = new URL('./model/entity-tagger.json', import.meta.url).href;
const CLAIMS_URL = new URL('./model/claim-classifier.json', import.meta.url).href;

/** The models of the committed files' contents. */
export function decodeAnalysisModels(tagger: TaggerModelFile, claims: ClaimModelFile): AnalysisModels {
  return { tagger: decodeTagger(tagger), claims: decodeClaimModel(claims) };
}

/**
 * The committed models, decoded once per process or worker, loaded on the first analysis (never with the
 * first route).
 */
export function loadAnalysisModels(): Promise<AnalysisModels> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ TAGGER_URL, { with: { type: 'json' } }),
    import(/* @vite-ignore */ CLAIMS_URL, { with: { type: 'json' } }),
  ]).then(
    ([tagger, claims]) =>
      decodeAnalysisModels(
        (tagger as { default: TaggerModelFile }).default,
        (claims as { default: ClaimModelFile }).default,
      ),
    (error: unknown) => {
      // A failed load (a model file the browser could not fetch) is tried again on the next analysis.
      loading = null;
      throw error;
    },
  );
  return loading;
}
