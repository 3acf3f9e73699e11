import { createQueryClient } from '../lib/query-client';
import { useToastStore } from '../ui/toast-store';

/** The app's one query client: the providers give it to the views, and the router's loaders prefetch into it. */
export const appQueryClient = createQueryClient((message) => useToastStore.getState().show({ message }));
