import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { storageKeys } from '../query-keys';
import type { StorageStatus } from './storage-text';

/** The browser's storage figures for this origin, or null where the StorageManager API is missing. */
export async function readStorageStatus(): Promise<StorageStatus | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted?.() ?? Promise.resolve(false),
  ]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/** Asks the browser to keep this origin's data under storage pressure; returns whether it is kept. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return false;
  return (await storage.persisted()) || storage.persist();
}

let asked = false;

/**
 * Asks, once per page load, for persistence when the analyst has just stored work (an import or a restore),
 * then re-reads the storage figures. Not at start-up: Chrome decides silently from engagement (installed,
 * bookmarked, often visited), but Firefox asks the user, and a prompt on a first visit, before anything is
 * worth keeping, would only be dismissed. The Data page offers the request again on demand.
 */
export function requestPersistenceForStoredWork(queryClient: QueryClient): void {
  if (asked) return;
  asked = true;
  void requestPersistentStorage()
    .catch(() => false)
    .then(() => queryClient.invalidateQueries({ queryKey: storageKeys.all }));
}

/** Query options for the storage figures. Re-read on every mount: other writes (analysis) change them. */
export const storageStatusQuery = () =>
  queryOptions({ queryKey: storageKeys.status(), queryFn: readStorageStatus, staleTime: 0 });

/** Storage used, quota and persistence, refreshed after imports, deletes, restores and clears. */
export function useStorageStatus() {
  return useQuery(storageStatusQuery());
}

/** "Keep data in this browser": asks for persistence and re-reads the figures with the answer. */
export function useRequestPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestPersistentStorage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: storageKeys.all }),
  });
}
