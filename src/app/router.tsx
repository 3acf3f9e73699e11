import { createBrowserRouter } from 'react-router';
import { EntitiesPage } from '../features/entities/components/entities-page';
import { EntityDetailPage } from '../features/entities/components/entity-detail-page';
import { ComparePage } from '../features/compare/components/compare-page';
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
      { path: '/', element: <LibraryPage /> },
      { path: '/articles/:id', element: <ReaderPage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/tags', element: <TagsPage /> },
      { path: '/entities', element: <EntitiesPage /> },
      { path: '/entities/:type/:canonical', element: <EntityDetailPage /> },
      { path: '/compare', element: <ComparePage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
