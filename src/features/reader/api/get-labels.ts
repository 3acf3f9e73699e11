import { useQuery } from '@tanstack/react-query';
import { labelsQuery } from '../../../queries/labels';

/** Every annotation label (the four built in and the analyst's own). */
export function useLabels() {
  return useQuery(labelsQuery());
}
