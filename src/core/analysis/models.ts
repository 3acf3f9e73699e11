import { decodeClaimModel, type ClaimModel, type ClaimModelFile } from './claim-model';

/** The trained models the engine runs with, given to `analyzeText` as data (core reads no files). */
export type AnalysisModels = Readonly<{ claims: ClaimModel }>;

let loading: Promise<AnalysisModels> | null = null;

/**
 * Loads and decodes the committed models once. A dynamic import, so bundlers put each model in its own
 * chunk, fetched by the worker that first analyses a text and never by the first route.
 */
export function loadAnalysisModels(): Promise<AnalysisModels> {
  loading ??= import('./model/claim-classifier.json').then((m) => ({
    claims: decodeClaimModel(m.default as ClaimModelFile),
  }));
  return loading;
}
