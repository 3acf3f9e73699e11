import { decodeTagger, type TaggerModel, type TaggerModelFile } from './tagger/model';

/** The trained models the engine runs on, given to `analyzeText` as data (core never reads files). */
export type AnalysisModels = Readonly<{ tagger: TaggerModel }>;

let loading: Promise<AnalysisModels> | null = null;

/**
 * The committed models, decoded once per process or worker. A dynamic import, so bundlers put the model in
 * its own chunk that loads on the first analysis, never with the first route.
 */
export function loadAnalysisModels(): Promise<AnalysisModels> {
  loading ??= import('./model/entity-tagger.json').then(
    (mod) => ({ tagger: decodeTagger((mod as unknown as { default: TaggerModelFile }).default) }),
    (error: unknown) => {
      // A failed load (a chunk the browser could not fetch) is tried again on the next analysis.
      loading = null;
      throw error;
    },
  );
  return loading;
}
