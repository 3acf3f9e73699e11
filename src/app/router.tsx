import { createBrowserRouter } from 'react-router';
import { EntitiesPage } from '../features/entities/components/entities-page';
import { EntityDetailPage } from '../features/entities/components/entity-detail-page';
import { ComparePage } from '../features/compare/components/compare-page';
import { DataPage } from '../features/export/components/data-page';
import { ExportButton } from '../features/export/components/export-button';
import { ExportComparisonButton } from '../features/export/components/export-comparison-button';
import { LibraryPage } from '../features/library/components/library-page';
import { SearchPage } from '../features/search/components/search-page';
import { TagsPage } from '../features/tags/components/tags-page';
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
      {
        path: '/compare',
        element: (
          <ComparePage
            actions={(a, b, comparison) => <ExportComparisonButton a={a} b={b} comparison={comparison} />}
          />
        ),
      },
      { path: '/search', element: <SearchPage /> },
      { path: '/tags', element: <TagsPage /> },
      { path: '/entities', element: <EntitiesPage /> },
      { path: '/entities/:type/:canonical', element: <EntityDetailPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
