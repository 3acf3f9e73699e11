import DOMPurify from 'dompurify';
import { useMemo, useState } from 'react';
import type { Article } from '../../../core/model';

// The rendered original loads nothing from anywhere: URLs other than inline images and in-page anchors are
// dropped, embedding tags go, and the frame carries its own deny-all policy on top of the app's.
const SANITIZE = {
  FORBID_TAGS: [
    'style',
    'form',
    'iframe',
    'frame',
    'object',
    'embed',
    'link',
    'meta',
    'base',
    'video',
    'audio',
  ],
  FORBID_ATTR: ['style', 'srcset', 'poster', 'background'],
  ALLOWED_URI_REGEXP: /^(?:data:image\/|#)/i,
};
const FRAME_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:">';

/**
 * The file as it was imported. HTML is shown as source, or rendered after DOMPurify inside a sandboxed frame
 * that may not run scripts: what an article carries is never executed.
 */
export function OriginalView({ article }: { article: Article }) {
  const [rendered, setRendered] = useState(false);
  const sanitized = useMemo(
    () => (rendered ? FRAME_POLICY + DOMPurify.sanitize(article.originalText, SANITIZE) : ''),
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
