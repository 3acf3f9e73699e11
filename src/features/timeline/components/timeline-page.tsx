import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta } from '../../../core/model';
import {
  buildTimeline,
  isTimelineWindow,
  placeStories,
  shiftWindow,
  zoomIn,
  zoomOut,
} from '../../../core/timeline';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { storiesQuery } from '../../../queries/stories';
import { useTimelineArticles, type TimelineFilters as Filters } from '../api/get-timeline-articles';
import { describeStep } from '../step-label';
import '../timeline.css';
import { TimelineFilters } from './timeline-filters';
import { TimelineRow } from './timeline-row';
import { UndatedArticles } from './undated-articles';

/** The first step with articles that opens into finer ones: where "Zoom in" and "+" go. */
const firstZoomable = <Row extends Readonly<{ key: string; ids: readonly string[] }>>(rows: readonly Row[]) =>
  rows.find((r) => r.ids.length > 0 && zoomIn(r.key) !== null);

/**
 * The timeline (`/timeline?at=&outlet=&tag=&entity=&stories=1`): articles on a date axis, all years by year,
 * a year by month or a month by day; steps with many articles are bars to zoom into, so a window never draws
 * more than a few hundred links whatever the library's size. `+` and `-` zoom, as the buttons do.
 */
export function TimelinePage() {
  const { params, set, latest } = useSearchParamSetter();
  const at = params.get('at') ?? '';
  const windowKey = isTimelineWindow(at) ? at : '';
  const showStories = params.get('stories') === '1';
  const entity = params.get('entity');
  const tag = params.get('tag');
  const outlet = params.get('outlet');
  const filters: Filters = useMemo(() => ({ entity, tag, outlet }), [entity, tag, outlet]);
  const { articles, outlets, error } = useTimelineArticles(filters);
  const stories = useQuery({ ...storiesQuery(), enabled: showStories });

  const timeline = useMemo(
    () => (articles ? buildTimeline(articles, windowKey) : null),
    [articles, windowKey],
  );
  const byId = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const placed = useMemo(
    () =>
      showStories && stories.data && articles
        ? placeStories(
            stories.data.map((s) => s.ids),
            articles,
          )
        : [],
    [showStories, stories.data, articles],
  );
  const outletOf = (a: ArticleMeta) => outlets?.resolve(a.source)?.name ?? a.source;

  useEffect(() => {
    document.title = 'Timeline · Coverage Workbench';
  }, []);

  const goTo = (w: string) => set('at', w);
  const max = Math.max(1, ...(timeline?.rows.map((r) => r.ids.length) ?? []));
  const firstFull = timeline && firstZoomable(timeline.rows);

  // On the window, not the page's element: a zoom redraws the axis, the focused link goes with it and the
  // focus falls to the body, and the next key must still zoom. The window is the latest asked for, not this
  // render's: a navigation is a transition, and a key pressed before it renders must start from the new one.
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (target?.closest('input, select, textarea, [contenteditable="true"], dialog')) return;
      const at = latest().get('at') ?? '';
      const shown = isTimelineWindow(at) ? at : '';
      const zoom = (w: string) => set('at', w);
      if (e.key === '-') zoom(zoomOut(shown));
      else if (e.key === '+' || e.key === '=') {
        const step = target?.closest<HTMLElement>('[data-step]')?.dataset.step;
        const first = articles && firstZoomable(buildTimeline(articles, shown).rows)?.key;
        const into = zoomIn(step ?? first ?? '');
        if (into) zoom(into);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [articles, set, latest]);

  return (
    <main className="page timeline-page" aria-labelledby="timeline-title">
      <div className="page-toolbar">
        <h1 id="timeline-title">Timeline</h1>
        <span className="muted" aria-live="polite">
          {describeStep(windowKey)}
          {timeline &&
            ` · ${timeline.total.toLocaleString()} ${timeline.total === 1 ? 'article' : 'articles'}`}
        </span>
      </div>
      <div className="timeline-controls" role="toolbar" aria-label="Zoom" aria-keyshortcuts="+ -">
        <button
          type="button"
          className="button"
          disabled={windowKey === ''}
          onClick={() => goTo(zoomOut(windowKey))}
        >
          Zoom out
        </button>
        <button
          type="button"
          className="button"
          disabled={!firstFull}
          onClick={() => firstFull && goTo(firstFull.key)}
          aria-label={firstFull ? `Zoom in to ${describeStep(firstFull.key)}` : 'Zoom in'}
        >
          Zoom in
        </button>
        {windowKey !== '' && (
          <>
            <button type="button" className="button" onClick={() => goTo(shiftWindow(windowKey, -1))}>
              ← {describeStep(shiftWindow(windowKey, -1))}
            </button>
            <button type="button" className="button" onClick={() => goTo(shiftWindow(windowKey, 1))}>
              {describeStep(shiftWindow(windowKey, 1))} →
            </button>
          </>
        )}
        <label>
          <input
            type="checkbox"
            checked={showStories}
            onChange={(e) => set('stories', e.target.checked ? '1' : null)}
          />{' '}
          Stories
        </label>
        {showStories && stories.isPending && <span role="status">Grouping articles into stories…</span>}
      </div>
      <TimelineFilters key={entity ?? ''} filters={filters} outlets={outlets} onChange={set} />
      {error !== null && <p role="alert">Could not read the library: {String(error)}</p>}
      {!timeline && error === null && <p aria-busy="true">Reading the library…</p>}
      {timeline && timeline.rows.length === 0 && (
        <p>
          {windowKey === ''
            ? 'No dated article matches.'
            : `No article of ${describeStep(windowKey)} matches.`}
        </p>
      )}
      {timeline && timeline.rows.length > 0 && (
        <ol className="timeline-axis" aria-label={`Articles by date, ${describeStep(windowKey)}`}>
          {timeline.rows.map((row) => (
            <TimelineRow
              key={row.key}
              row={row}
              max={max}
              byId={byId}
              outletOf={outletOf}
              stories={placed.filter((s) => s.first.startsWith(row.key))}
              onZoom={goTo}
            />
          ))}
        </ol>
      )}
      {timeline && timeline.undated.length > 0 && <UndatedArticles ids={timeline.undated} byId={byId} />}
      <p className="muted">
        <Link to="/outlets">Outlets</Link> · zoom with the buttons or the + and − keys.
      </p>
    </main>
  );
}
