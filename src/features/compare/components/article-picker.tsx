import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useArticleChoices } from '../api/get-article-choices';

/** /compare without ids: tick two or more articles and compare them. */
export function ArticlePicker({ initial }: { initial: readonly string[] }) {
  const articles = useArticleChoices();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<readonly string[]>(initial);
  const list = articles.data ?? [];
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  return (
    <main className="page compare-page" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare coverage</h1>
      <p className="muted">
        Choose two articles to read side by side, or three or more to see which outlet carries which fact.
      </p>
      {articles.isSuccess && list.length < 2 ? (
        <p>
          The library needs at least two articles to compare. <Link to="/">Go to the library</Link> to import
          some.
        </p>
      ) : (
        <form
          className="compare-picker"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate(`/compare?ids=${chosen.map(encodeURIComponent).join(',')}`);
          }}
        >
          <fieldset>
            <legend>Articles</legend>
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} />
                    <span className="picker-title">{a.title}</span>
                    <span className="muted">{[a.source, a.date].filter((x) => x !== null).join(' · ')}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="button button-primary" disabled={chosen.length < 2}>
            Compare {chosen.length >= 2 ? `${chosen.length} articles` : ''}
          </button>
        </form>
      )}
    </main>
  );
}
