import DOMPurify from 'dompurify';
import { useMemo, useState } from 'react';
import type { Article } from '../../../core/model';

/**
 * The file as it was imported. HTML is shown as source, or rendered after DOMPurify inside a sandboxed frame
 * that may not run scripts: what an article carries is never executed.
 */
export function OriginalView({ article }: { article: Article }) {
  const [rendered, setRendered] = useState(false);
  const sanitized = useMemo(
    () =>
      rendered
        ? DOMPurify.sanitize(article.originalText, { FORBID_TAGS: ['style', 'form'], FORBID_ATTR: ['style'] })
        : '',
    [rendered, article.originalText],
  );
  return (
    <section className="original" aria-label="Original file">
      {article.format === 'html' && (
        <div className="segmented" role="group" aria-label="Show the original as">
          <button
            type="button"
            className="button button-small"
            aria-pressed={!rendered}
            onClick={() => setRendered(false)}
          >
            Source
          </button>
          <button
            type="button"
            className="button button-small"
            aria-pressed={rendered}
            onClick={() => setRendered(true)}
          >
            Rendered (sanitized)
          </button>
        </div>
      )}
      {rendered ? (
        <iframe className="original-frame" title="Original page, sanitized" sandbox="" srcDoc={sanitized} />
      ) : (
        <pre className="original-text">{article.originalText}</pre>
      )}
    </section>
  );
}
