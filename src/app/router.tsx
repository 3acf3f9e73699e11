import { createBrowserRouter } from 'react-router';
import { DataPage } from '../features/export/components/data-page';
import { ExportButton } from '../features/export/components/export-button';
import { LibraryPage } from '../features/library/components/library-page';
import { ReaderPage } from '../features/reader/components/reader-page';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';

/** One URL per view. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      {
        path: '/',
        element: (
          <LibraryPage
            toolbarActions={(total, selected) => <ExportButton total={total} selected={selected} />}
          />
        ),
      },
      {
        path: '/articles/:id',
        element: <ReaderPage headerActions={(id) => <ExportButton articleId={id} />} />,
      },
      { path: '/data', element: <DataPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
