import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { prefetchReader } from '../features/reader/api/prefetch-reader';
import { prefetchCompare } from '../features/compare/api/prefetch-compare';
import { appQueryClient } from './app-query-client';
import { ExportButton } from '../features/data/components/export-button';
import { LibraryPage } from '../features/library/components/library-page';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';
import { RouteError } from './view-error';

// The library is the first screen and ships in the entry chunk; every other view loads on first visit, so the
// first route does not carry the reader, compare, search or data code.
// A view whose reads are slow starts them in a loader, which runs while the view's code loads and returns at
// once: the view renders as soon as its code is there, with what has arrived.

/** A route whose view loads on its first visit: `load` imports the module that exports `name`. */
function lazyView<K extends string>(
  path: string,
  name: K,
  load: () => Promise<Record<K, ComponentType>>,
): RouteObject {
  return { path, lazy: async () => ({ Component: (await load())[name] }) };
}

/** One URL per view. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    hydrateFallbackElement: <main className="page" aria-busy="true" />,
    errorElement: <RouteError />,
    children: [
      {
        // A view that throws is replaced by the error report; the shell (navigation, import status) stays.
        errorElement: <RouteError />,
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
            loader: ({ params }) => {
              prefetchReader(appQueryClient, params.id ?? '');
              return null;
            },
            lazy: async () => {
              const { ReaderPage } = await import('../features/reader/components/reader-page');
              return {
                Component: () => <ReaderPage headerActions={(id) => <ExportButton articleId={id} />} />,
              };
            },
          },
          lazyView('/data', 'DataPage', () => import('../features/data/components/data-page')),
          {
            path: '/compare',
            loader: ({ request }) => {
              prefetchCompare(appQueryClient, new URL(request.url).searchParams);
              return null;
            },
            lazy: async () => {
              const [{ ComparePage }, { ExportComparisonButton }] = await Promise.all([
                import('../features/compare/components/compare-page'),
                import('../features/data/components/export-comparison-button'),
              ]);
              return {
                Component: () => (
                  <ComparePage
                    actions={(a, b, comparison) => (
                      <ExportComparisonButton a={a} b={b} comparison={comparison} />
                    )}
                  />
                ),
              };
            },
          },
          lazyView('/search', 'SearchPage', () => import('../features/search/components/search-page')),
          lazyView('/tags', 'TagsPage', () => import('../features/tags/components/tags-page')),
          lazyView(
            '/speakers',
            'SpeakersPage',
            () => import('../features/speakers/components/speakers-page'),
          ),
          lazyView('/outlets', 'OutletsPage', () => import('../features/outlets/components/outlets-page')),
          lazyView(
            '/timeline',
            'TimelinePage',
            () => import('../features/timeline/components/timeline-page'),
          ),
          lazyView(
            '/entities',
            'EntitiesPage',
            () => import('../features/entities/components/entities-page'),
          ),
          lazyView(
            '/entities/:type/:canonical',
            'EntityDetailPage',
            () => import('../features/entities/components/entity-detail-page'),
          ),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
