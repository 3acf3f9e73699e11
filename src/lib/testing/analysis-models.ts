import type { ClaimModelFile } from '../../core/analysis/claim-model';
import { decodeAnalysisModels, type AnalysisModels } from '../../core/analysis/models';
import type { TaggerModelFile } from '../../core/analysis/tagger/model';

/**
 * The committed models, for component tests: in their DOM environment the models' URLs become http ones
 * that Node cannot import (`loadAnalysisModels`), so the files are imported by path here.
 */
export async function loadTestAnalysisModels(): Promise<AnalysisModels> {
  const [tagger, claims] = await Promise.all([
    import('../../core/analysis/model/entity-tagger.json', { with: { type: 'json' } }),
    import('../../core/analysis/model/claim-classifier.json', { with: { type: 'json' } }),
  ]);
  return decodeAnalysisModels(
    tagger.default as unknown as TaggerModelFile,
    claims.default as unknown as ClaimModelFile,
  );
}
