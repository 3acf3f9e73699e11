import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta } from '../../../core/model';
import { useStories } from '../api/get-stories';
import { StoryProvenance } from './story-provenance';

/** Articles grouped into stories (two or more versions of one event), each with a link to compare them. */
export function StoriesPanel({ articles }: { articles: readonly ArticleMeta[] }) {
  const stories = useStories(true);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const groups = (stories.data ?? [])
    .map((story) => ({
      articles: story.ids.map((id) => byId.get(id)).filter((a) => a !== undefined),
      provenance: new Map(story.provenance.map((p) => [p.id, p])),
    }))
    .filter((g) => g.articles.length >= 2);

  return (
    <section className="stories-panel" aria-labelledby="stories-title">
      <h2 id="stories-title">Stories</h2>
      {stories.isPending && <p role="status">Grouping articles into stories…</p>}
      {stories.isError && <p role="alert">Could not group articles: {String(stories.error)}</p>}
      {stories.isSuccess && groups.length === 0 && (
        <p className="muted">No two articles in the library cover the same story.</p>
      )}
      <ul className="story-list">
        {groups.map(({ articles: group, provenance }) => (
          <li key={group.map((a) => a.id).join(',')} className="story">
            <ul aria-label={`Story: ${group[0]!.title}`} className="story-articles">
              {group.map((a) => (
                <li key={a.id}>
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>{' '}
                  <span className="muted">{[a.source, a.date].filter((x) => x !== null).join(' · ')}</span>{' '}
                  <StoryProvenance provenance={provenance.get(a.id)} byId={byId} />
                </li>
              ))}
            </ul>
            <Link
              className="button button-small"
              to={`/compare?ids=${group.map((a) => encodeURIComponent(a.id)).join(',')}`}
              aria-label={`Compare ${group.length} versions of “${group[0]!.title}”`}
            >
              Compare {group.length}
            </Link>{' '}
            <Link
              className="button button-small"
              to={`/speakers?ids=${group.map((a) => encodeURIComponent(a.id)).join(',')}`}
              aria-label={`Speakers in “${group[0]!.title}”`}
            >
              Speakers
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
