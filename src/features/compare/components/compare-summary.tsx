import { useState } from 'react';
import type { Article, Comparison } from '../../../core/model';
import type { CompareRow } from '../build-rows';
import { describeDiscrepancy } from '../discrepancy-text';
import { useCreditLine } from '../../../queries/outlets';
import { counted } from '../../../lib/counted';

type Props = {
  a: Article;
  b: Article;
  comparison: Comparison;
  rows: readonly CompareRow[];
  entities: Readonly<{ onlyA: readonly string[]; onlyB: readonly string[] }>;
  onJump: (row: number) => void;
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

// Two long versions can differ in hundreds of places: the first few are listed, the rest on demand (each row
// marks its own), so the list does not bury the columns, nor cost the view's first screen a thousand elements.
const LISTED_AT_FIRST = 20;

function NameList({ names }: { names: readonly string[] }) {
  if (names.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="name-list">
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** What two articles share and where they part: shares, one-side sentences, discrepancies (links to rows), names. */
export function CompareSummary({ a, b, comparison, rows, entities, onJump }: Props) {
  const creditLine = useCreditLine();
  const [showAll, setShowAll] = useState(false);
  const { summary } = comparison;
  const nothingShared = comparison.pairs.length === 0;
  const found = rows.flatMap((row, index) =>
    row.kind === 'pair' ? row.pair.discrepancies.map((d, k) => ({ d, index, key: `${row.key}-${k}` })) : [],
  );
  const listed = showAll ? found : found.slice(0, LISTED_AT_FIRST);

  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <h2 id="compare-summary-title" className="visually-hidden">
        Summary
      </h2>
      {nothingShared && (
        <p className="nothing-shared" role="status">
          <strong>Nothing shared.</strong> No sentence of one article matches a sentence of the other; they
          may be different stories.
        </p>
      )}
      <dl className="summary-grid">
        <div>
          <dt>Shared</dt>
          <dd>
            <span data-testid="shared-a">A: {percent(summary.sharedRatioA)}</span> of its sentences ·{' '}
            <span data-testid="shared-b">B: {percent(summary.sharedRatioB)}</span>
          </dd>
        </div>
        <div>
          <dt>Only in one</dt>
          <dd>
            {summary.counts.onlyA} only in A · {summary.counts.onlyB} only in B
          </dd>
        </div>
        <div>
          <dt>Pairs</dt>
          <dd>
            {summary.counts.same} same · {summary.counts.reworded} reworded · {summary.counts.moved} moved
          </dd>
        </div>
        <div>
          <dt>Discrepancies</dt>
          <dd>
            {counted(summary.counts.conflicts, 'conflict')} ·{' '}
            {counted(summary.counts.differences, 'difference')}
          </dd>
        </div>
      </dl>
      {found.length > 0 && (
        <nav aria-label="Discrepancies" className="discrepancy-links">
          <ul>
            {listed.map(({ d, index, key }) => {
              const text = describeDiscrepancy(d);
              return (
                <li key={key} className={`severity-${d.severity}`}>
                  <a
                    href={`#compare-row-${index}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onJump(index);
                    }}
                    title={d.message}
                  >
                    <span aria-hidden="true">{d.severity === 'conflict' ? '⚠ ' : '△ '}</span>
                    {text.label}: A {text.a} · B {text.b}
                  </a>
                </li>
              );
            })}
          </ul>
          {found.length > LISTED_AT_FIRST && (
            <button
              type="button"
              className="button button-small"
              aria-expanded={showAll}
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? `Show the first ${LISTED_AT_FIRST} only` : `Show all ${found.length} discrepancies`}
            </button>
          )}
        </nav>
      )}
      <div className="summary-names">
        <div>
          <h3>Named only in A ({creditLine(a) ?? a.title})</h3>
          <NameList names={entities.onlyA} />
        </div>
        <div>
          <h3>Named only in B ({creditLine(b) ?? b.title})</h3>
          <NameList names={entities.onlyB} />
        </div>
      </div>
    </section>
  );
}
