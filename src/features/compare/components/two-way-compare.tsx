import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { CompareSide } from '../../../core/compare';
import type { Analysis, Article, Comparison } from '../../../core/model';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { useCopyAnnotation } from '../api/copy-annotation';
import { useCompareAnnotations } from '../api/get-compare-annotations';
import { useComparison } from '../api/get-comparison';
import { planAlsoIn, type RowAnnotation } from '../also-in';
import { buildCompareRows } from '../build-rows';
import { listOneSidedEntities } from '../one-sided-entities';
import { CompareColumns, type ColumnsHandle } from './compare-columns';
import { CompareFailed } from './compare-failed';
import { CompareSummary } from './compare-summary';

type Props = {
  articles: readonly Article[];
  analyses: readonly Analysis[];
  sides: readonly CompareSide[];
  /** Buttons from other features (export) for this comparison, beside the title. */
  actions?: (a: Article, b: Article, comparison: Comparison) => ReactNode;
};

/** Two articles: the summary of what they share and how they differ, then the aligned columns. */
export function TwoWayCompare({ articles, analyses, sides, actions }: Props) {
  const [a, b] = [articles[0]!, articles[1]!];
  const comparison = useComparison(sides[0], sides[1]);
  const rows = useMemo(() => (comparison.data ? buildCompareRows(comparison.data) : []), [comparison.data]);
  const entities = useMemo(() => listOneSidedEntities(analyses[0]!, analyses[1]!), [analyses]);
  const notes = useCompareAnnotations(a.id, b.id);
  const plan = useMemo(
    () => (notes.data ? planAlsoIn(rows, notes.data, { a: a.text, b: b.text }) : new Map()),
    [notes.data, rows, a.text, b.text],
  );
  const copy = useCopyAnnotation();
  const { mutate } = copy;
  const copyOver = useCallback(
    (note: RowAnnotation) => {
      if (!note.copyTo) return;
      const to = note.side === 'a' ? b : a;
      mutate({ annotation: note.annotation, articleId: to.id, text: to.text, span: note.copyTo });
    },
    [a, b, mutate],
  );
  const columns = useRef<ColumnsHandle>(null);
  const jumpTo = useCallback((row: number) => columns.current?.focusRow(row), []);

  return (
    <>
      <h1 id="compare-title" className="compare-title">
        Comparing “{a.title}” and “{b.title}”
      </h1>
      {comparison.data && actions?.(a, b, comparison.data)}
      {comparison.isPending && <p role="status">Aligning sentences…</p>}
      {comparison.isError && (
        <CompareFailed error={comparison.error} onRetry={() => void comparison.refetch()} />
      )}
      {comparison.data && (
        <>
          <CompareSummary
            a={a}
            b={b}
            comparison={comparison.data}
            rows={rows}
            entities={entities}
            onJump={jumpTo}
          />
          {copy.isError && (
            <p role="alert">{describeWriteError(copy.error, 'Could not copy the annotation')}</p>
          )}
          <CompareColumns
            ref={columns}
            articles={[a, b]}
            analyses={analyses}
            rows={rows}
            notes={notes.data}
            plan={plan}
            onCopy={copyOver}
          />
        </>
      )}
    </>
  );
}
