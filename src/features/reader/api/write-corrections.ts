import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Correction } from '../../../core/model';
import { deleteCorrections, saveCorrections } from '../../../db/correction-repo';
import { analysisKeys, compareKeys, correctionKeys, entityKeys, searchKeys } from '../../../lib/query-keys';

/**
 * The writes a correction and its undo are made of: store corrections made together, or delete them by id.
 * Each refreshes every view that shows corrected findings (reader, entity pages, search, compare), since a
 * library-wide correction changes articles other than the one open.
 */
export function useCorrectionWrites() {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all(
      [correctionKeys.all, analysisKeys.all, entityKeys.all, searchKeys.all, compareKeys.all].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
  const save = useMutation({ mutationFn: saveCorrections, onSuccess: refresh }).mutateAsync;
  const remove = useMutation({ mutationFn: deleteCorrections, onSuccess: refresh }).mutateAsync;
  return useMemo(
    () => ({
      save: async (corrections: readonly Correction[]) => void (await save(corrections)),
      remove: async (ids: readonly string[]) => void (await remove(ids)),
    }),
    [save, remove],
  );
}
