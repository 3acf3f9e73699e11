import { RouterProvider } from 'react-router';
import { appQueryClient } from './app-query-client';
import { Providers } from './providers';
import { router } from './router';
import { ShellErrorBoundary } from './view-error';

/** The workbench: providers around the router, and a boundary around both for what the routes cannot catch. */
export function App() {
  return (
    <ShellErrorBoundary>
      <Providers client={appQueryClient}>
        <RouterProvider router={router} />
      </Providers>
    </ShellErrorBoundary>
  );
}
