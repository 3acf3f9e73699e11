import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A passage of an article: where it starts, and the article's title and (when known) outlet. */
type Passage = Readonly<{ articleId: string; start: number; title: string; source?: string | null }>;

/**
 * Passages of many articles in article order: each article's first passage under its title (and outlet), each
 * passage as `children` renders it, with a link (`readLabel`) to that place in the reader.
 */
export function PassageList<T extends Passage>({
  name,
  passages,
  Heading,
  readLabel,
  children,
}: {
  name: string;
  passages: readonly T[];
  /** The level of the article titles under the section's own heading. */
  Heading: 'h2' | 'h3';
  readLabel: string;
  children: (passage: T) => ReactNode;
}) {
  return (
    <ol className="mention-list" aria-label={name}>
      {passages.map((p, i) => (
        <li key={`${p.articleId}:${p.start}`}>
          {passages[i - 1]?.articleId !== p.articleId && (
            <Heading className="mention-title">
              <Link to={`/articles/${p.articleId}`}>{p.title}</Link>
              {p.source && <span className="muted"> · {p.source}</span>}
            </Heading>
          )}
          <blockquote>
            {children(p)}{' '}
            <Link to={`/articles/${p.articleId}?at=${p.start}`} className="mention-link">
              {readLabel}
            </Link>
          </blockquote>
        </li>
      ))}
    </ol>
  );
}
