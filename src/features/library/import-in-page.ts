import { getIngestPool } from '../../workers/jobs-client';
import { importStorageInDb, type ImportDeps } from './import-pipeline';
import { useImportStore } from './import-store';

/**
 * What an import uses in this page whoever starts it (the app, or a test recording the rest): the ingest
 * workers, IndexedDB, and the import status list for the files' progress.
 */
export function importInPage(): Pick<ImportDeps, 'workers' | 'storage' | 'enqueue' | 'progress'> {
  const { enqueue, updateMany } = useImportStore.getState();
  return { workers: getIngestPool(), storage: importStorageInDb, enqueue, progress: updateMany };
}
