import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { parseWebUrl } from '../../../core/text/web-url';
import { useArticle } from '../api/get-article';
import '../reader.css';
import { AnalysedText } from './analysed-text';
import { ArticleTags } from './article-tags';
import { OriginalView } from './original-view';
import { RemovedLines } from './removed-lines';
import { useCreditLine } from '../../../queries/outlets';
import { DetailsButton } from './details-dialog';

/** The article's web address as a link showing its host; one that is no web URL is plain text, never a link. */
function ArticleLink({ url }: { url: string }) {
  const link = parseWebUrl(url);
  if (!link) return <span className="article-url">{url}</span>;
  return (
    <a href={link.href} rel="noreferrer noopener" target="_blank">
      {link.hostname}
    </a>
  );
}

/** The reader (`/articles/:id`): the clean text in paragraphs with its metadata; the original on demand. */
export function ReaderPage({
  headerActions,
}: {
  /** Buttons from other features (export) for this article, placed among the reader's actions. */
  headerActions?: (articleId: string) => ReactNode;
} = {}) {
  const { id = '' } = useParams();
  const { data: article, isPending, isError, error } = useArticle(id);
  const [showOriginal, setShowOriginal] = useState(false);
  const creditLine = useCreditLine();

  useEffect(() => {
    if (article) document.title = `${article.title} · Coverage Workbench`;
  }, [article]);

  if (isPending) return <main className="page" aria-busy="true" />;
  if (isError)
    return (
      <main className="page">
        <p role="alert">Could not read this article: {String(error)}</p>
      </main>
    );
  if (!article)
    return (
      <main className="page">
        <h1>Article not found</h1>
        <p>
          It may have been deleted. <Link to="/">Back to the library</Link>
        </p>
      </main>
    );

  const credit = creditLine(article);
  return (
    <main className="page reader-page">
      <article className="reader" aria-labelledby="article-title">
        <header className="reader-header">
          <h1 id="article-title">{article.title}</h1>
          <p className="byline">
            {credit && <span className="source">{credit}</span>}
            {article.date && <time dateTime={article.date}>{article.date}</time>}
            <span>{article.wordCount.toLocaleString()} words</span>
            {article.url && <ArticleLink url={article.url} />}
          </p>
          <div className="reader-actions">
            <button
              type="button"
              className="button"
              aria-pressed={showOriginal}
              onClick={() => setShowOriginal((v) => !v)}
            >
              {showOriginal ? 'Show clean text' : 'Show original'}
            </button>
            <DetailsButton article={article} />
            <RemovedLines removed={article.removed} />
            {headerActions?.(article.id)}
          </div>
          <ArticleTags article={article} />
        </header>
        {showOriginal ? <OriginalView article={article} /> : <AnalysedText article={article} />}
      </article>
    </main>
  );
}
