import { createBrowserRouter } from 'react-router';
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
      { path: '*', element: <NotFound /> },
    ],
  },
]);
