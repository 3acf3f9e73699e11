import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { enqueueAnalysis, holdAnalysisDuring } from '../../../workers/analysis-queue';
import { pageId } from '../../../lib/page-lock';
import { whenIdle } from '../../../lib/when-idle';
import {
  analysisKeys,
  annotationKeys,
  articleKeys,
  correctionKeys,
  entityKeys,
  storageKeys,
} from '../../../lib/query-keys';
import { requestPersistenceForStoredWork } from '../../../lib/storage/storage-status';
import { getIngestPool } from '../../../workers/jobs-client';
import { updateSearchIndex } from '../../../workers/search-client';
import { importInPage } from '../import-in-page';
import { importFiles, type ImportDeps, type ImportSource } from '../import-pipeline';

// Everything an import can change: its articles, the annotations and corrections moved to a new version,
// analyses, the entity index and storage use.
const CHANGED_BY_IMPORT: readonly string[] = [
  articleKeys.all,
  annotationKeys.all,
  correctionKeys.all,
  analysisKeys.all,
  entityKeys.all,
  storageKeys.all,
].map(([root]) => root);

/** The import's dependencies in the app: the ingest workers, IndexedDB, the status list and the query cache. */
function appImportDeps(queryClient: QueryClient): ImportDeps {
  return {
    ...importInPage(),
    stored: (ids, unanalysed) => {
      updateSearchIndex('upsertArticles', { ids });
      enqueueAnalysis(unanalysed);
      requestPersistenceForStoredWork(queryClient);
    },
    // One invalidation for every key at the end: their refetches run side by side, not one after another.
    invalidate: (scope) =>
      scope === 'list'
        ? queryClient.invalidateQueries({ queryKey: articleKeys.all })
        : queryClient.invalidateQueries({
            predicate: (query) => CHANGED_BY_IMPORT.includes(String(query.queryKey[0])),
          }),
    owner: pageId(),
  };
}

/**
 * Starts the ingest workers and has them load the models once the page is idle, so the first drop waits for
 * neither. Returns a cancel function for effects. With the dense 7.8 MB model this slowed the first view after
 * a reload on two cores (the compare view's first screen 683 → 977 ms in `npm run bench -- compare-view`); the
 * sparse 1.5 MB one did not (664 ms against 666; the reader's first screen 228–250 ms against 246–270 without
 * it), and a 1,000-file import's first chunk no longer waits ~0.1 s for it.
 */
export function warmUpImport(): () => void {
  return whenIdle(loadImportModelsAhead, 3000);
}

let modelsAsked = false;

/**
 * Has the ingest workers load the analysis models (1.5 MB to read, decoded into 5.8 MB of weights in each),
 * once per page: at idle, or as soon as files are dragged over the window or an import button is pressed if
 * that comes first; a worker not asked loads them with its first file.
 */
export function loadImportModelsAhead(): void {
  if (modelsAsked) return;
  modelsAsked = true;
  for (const worker of getIngestPool())
    // A model that fails to load here is tried again, and its failure shown, with the first file.
    worker
      .call('loadModels', {})
      .catch((error: unknown) => console.warn('The analysis models could not be loaded ahead', error));
}

/**
 * The import as a mutation: ingest in the workers, store new articles, and report each file's fate in the
 * import status list (one bad file never stops the others). Background analysis waits while it runs.
 */
export function useImportFiles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sources: readonly ImportSource[]) =>
      holdAnalysisDuring(() => importFiles(sources, appImportDeps(queryClient))),
  });
}
