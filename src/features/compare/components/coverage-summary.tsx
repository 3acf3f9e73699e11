import { summarizeCoverage } from '../../../core/compare';
import type { Article, CoverageMatrix } from '../../../core/model';
import { useCreditLine } from '../../../queries/outlets';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Which outlet has which facts: per article, the facts it carries, those only it has, and its conflicts. */
export function CoverageSummary({
  matrix,
  articles,
}: {
  matrix: CoverageMatrix;
  articles: readonly Article[];
}) {
  const creditLine = useCreditLine();
  const outlets = summarizeCoverage(matrix);
  return (
    <section className="coverage-summary" aria-label="Story summary">
      <h2>Who reports what</h2>
      <ul>
        {outlets.map((o) => {
          const a = articles[o.article]!;
          return (
            <li key={a.id}>
              <strong>{creditLine(a) ?? a.title}</strong>: {o.facts} of {matrix.rows.length} facts
              {o.onlyHere.length > 0 && `, ${plural(o.onlyHere.length, 'fact', 'facts')} no other outlet has`}
              {o.conflicts > 0 && `, ${plural(o.conflicts, 'conflict', 'conflicts')} with other versions`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
