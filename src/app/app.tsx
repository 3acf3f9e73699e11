import { RouterProvider } from 'react-router';
import { Providers } from './providers';
import { router } from './router';
import { ShellErrorBoundary } from './view-error';

/** The workbench: providers around the router, and a boundary around both for what the routes cannot catch. */
export function App() {
  return (
    <ShellErrorBoundary>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </ShellErrorBoundary>
  );
}
