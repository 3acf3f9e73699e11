import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Correction } from '../../../core/model';
import { saveCorrection } from '../../../db/correction-repo';
import { analysisKeys, correctionKeys } from '../../../lib/query-keys';

/** Stores the analyst's correction of a finding; the reader and the entity index refresh. */
export function useSaveCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (correction: Correction) => saveCorrection(correction),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: correctionKeys.all });
      await queryClient.invalidateQueries({ queryKey: analysisKeys.library() });
    },
  });
}
