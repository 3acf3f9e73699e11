import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Article, Comparison } from '../../../core/model';
import { parseCompareIds, useCompareSides } from '../api/get-compare-sides';
import '../compare.css';
import { ArticlePicker } from './article-picker';
import { CoverageMatrixView } from './coverage-matrix-view';
import { TwoWayCompare } from './two-way-compare';

type Actions = (a: Article, b: Article, comparison: Comparison) => ReactNode;

function CompareLoaded({ ids, actions }: { ids: readonly string[]; actions?: Actions }) {
  const sides = useCompareSides(ids);
  if (sides.isPending)
    return (
      <main className="page compare-page" aria-busy="true">
        <p role="status">Reading and analysing {ids.length} articles…</p>
      </main>
    );
  if (sides.isError)
    return (
      <main className="page compare-page">
        <p role="alert">Could not read these articles: {String(sides.error)}</p>
      </main>
    );
  const { articles, analyses, missing } = sides.data;
  return (
    <main className="page compare-page" aria-labelledby="compare-title">
      {missing.length > 0 && (
        <p role="alert" className="compare-missing">
          {missing.length === 1 ? 'One article is' : `${missing.length} articles are`} no longer in the
          library and left out.
        </p>
      )}
      {articles.length < 2 ? (
        <>
          <h1 id="compare-title">Compare coverage</h1>
          <p>
            Fewer than two of these articles exist. <Link to="/compare">Choose articles to compare</Link>
          </p>
        </>
      ) : articles.length === 2 ? (
        <TwoWayCompare articles={articles} analyses={analyses} sides={sides.data.sides} actions={actions} />
      ) : (
        <CoverageMatrixView articles={articles} sides={sides.data.sides} />
      )}
    </main>
  );
}

/** The compare view (`/compare?ids=a,b[,c…]`): two articles side by side, three or more as a coverage matrix. */
export function ComparePage({ actions }: { actions?: Actions } = {}) {
  const [params] = useSearchParams();
  const ids = useMemo(() => parseCompareIds(params.get('ids')), [params]);

  useEffect(() => {
    document.title = 'Compare · Coverage Workbench';
  }, []);

  return ids.length < 2 ? (
    <ArticlePicker key={ids.join(',')} initial={ids} />
  ) : (
    <CompareLoaded ids={ids} actions={actions} />
  );
}
