import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { syncQueriesAcrossTabs } from '../lib/cross-tab-sync';
import { createQueryClient } from '../lib/query-client';
import { useToastStore } from '../ui/toast-store';

const showToast = (message: string) => useToastStore.getState().show({ message });

/** App-wide providers: the query client that every database read and write goes through. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => createQueryClient(showToast));
  useEffect(() => syncQueriesAcrossTabs(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
