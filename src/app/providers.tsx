import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { syncQueriesAcrossTabs } from '../lib/cross-tab-sync';

/** App-wide providers: the query client that every database read and write goes through. */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => syncQueriesAcrossTabs(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
