import { decodeClaimModel, type ClaimModel, type ClaimModelFile } from './claim-model';
import { decodeTagger, type TaggerModel, type TaggerModelFile } from './tagger/model';

/** The trained models the engine runs on, given to `analyzeText` as data (core never reads files). */
export type AnalysisModels = Readonly<{ tagger: TaggerModel; claims: ClaimModel }>;

let loading: Promise<AnalysisModels> | null = null;

/**
 * The committed models, decoded once per process or worker. Dynamic imports, so bundlers put each model in
 * its own chunk that loads on the first analysis, never with the first route.
 */
export function loadAnalysisModels(): Promise<AnalysisModels> {
  loading ??= Promise.all([
    import('./model/entity-tagger.json', { with: { type: 'json' } }),
    import('./model/claim-classifier.json', { with: { type: 'json' } }),
  ]).then(
    ([tagger, claims]) => ({
      tagger: decodeTagger((tagger as unknown as { default: TaggerModelFile }).default),
      claims: decodeClaimModel((claims as unknown as { default: ClaimModelFile }).default),
    }),
    (error: unknown) => {
      // A failed load (a chunk the browser could not fetch) is tried again on the next analysis.
      loading = null;
      throw error;
    },
  );
  return loading;
}
