import { useQuery } from '@tanstack/react-query';
import { storiesQuery } from '../../../queries/stories';

/** The library's stories; idle until the analyst opens the stories panel, since it reads every text. */
export function useStories(enabled: boolean) {
  return useQuery({ ...storiesQuery(), enabled });
}
