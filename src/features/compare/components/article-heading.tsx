import { Link } from 'react-router';
import type { Article } from '../../../core/model';
import { useCreditLine } from '../../../queries/outlets';

/** An article's title (linking to the reader), source and date, as a column or matrix header. */
export function ArticleHeading({ article, label }: { article: Article; label?: string }) {
  const creditLine = useCreditLine();
  return (
    <div className="compare-heading">
      {label && <span className="side-letter">{label}</span>}
      <Link to={`/articles/${article.id}`} className="compare-heading-title">
        {article.title}
      </Link>
      <span className="muted compare-heading-meta">
        {creditLine(article) ?? 'Unknown source'}
        {article.date && (
          <>
            {' · '}
            <time dateTime={article.date}>{article.date}</time>
          </>
        )}
      </span>
    </div>
  );
}
