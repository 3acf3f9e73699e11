import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import { claimSource, claimTip, countByType, entityCovering } from '../../../core/findings';
import type { Article } from '../../../core/model';
import { splitParagraphs } from '../../../core/text/paragraphs';
import { enqueueAnalysis } from '../../../workers/analysis-queue';
import {
  HighlightedText,
  NO_OFFSET_ATTR,
  type HighlightedTextHandle,
  type Mark,
} from '../../../lib/highlight';
import { useReaderFindings } from '../api/get-reader-findings';
import { countShownClaims, readerMarksIn, type FocusRange } from '../build-marks';
import { useReaderStore } from '../store';
import { useAnnotationLayer } from './annotation-layer';
import { ClaimFilters } from './claim-filters';
import type { TooltipAnchor } from '../place-tooltip';
import { CLAIM_TOOLTIP_ID, ClaimTooltip } from './claim-tooltip';
import { EntityLegend } from './entity-legend';
import { EntityPanel } from './entity-panel';

function anchorFor(el: Element, claim: number): TooltipAnchor {
  const r = el.getBoundingClientRect();
  return {
    claim,
    top: r.top,
    bottom: r.bottom,
    left: Math.max(8, Math.min(r.left, window.innerWidth - 360)),
  };
}

/**
 * The clean text with the analysis painted over it: entities by type, claims with a tooltip, a legend that
 * toggles layers and a side panel of entities. Shows "Analysing…" until the background queue saves the
 * analysis, then highlights appear without a reload. `?at=<offset>` scrolls to that place.
 */
export function AnalysedText({ article }: { article: Article }) {
  const result = useReaderFindings(article.id);
  // Deferred: painting new findings over the blocks on screen is a render React can slice into short tasks,
  // so the text stays responsive while a huge article's highlights arrive.
  const findings = useDeferredValue(result.data?.status === 'ok' ? result.data.findings : undefined);
  const discarded = result.data?.status === 'discarded' ? result.data.problem : null;
  const { hiddenTypes, claimsHidden, claimFilter } = useReaderStore();
  const [focus, setFocus] = useState<FocusRange | null>(null);
  const [tip, setTip] = useState<TooltipAnchor | null>(null);
  const textRef = useRef<HighlightedTextHandle>(null);
  const [params] = useSearchParams();
  const at = params.get('at');

  const paragraphs = useMemo(() => splitParagraphs(article.text), [article.text]);
  const layer = useAnnotationLayer(article, textRef, findings);
  // Findings are painted block by block as the text renders (`findMarks`); the few annotation and focus
  // marks go whole, so saving a note never rebuilds a huge article's findings.
  const findMarks = useMemo(() => {
    if (!findings) return undefined;
    const view = { hiddenTypes, claimsHidden, claimFilter };
    return (from: number, to: number) => readerMarksIn(findings, from, to, view);
  }, [findings, hiddenTypes, claimsHidden, claimFilter]);
  const shownClaims = useMemo(
    () => (findings ? countShownClaims(findings.claims, claimFilter) : 0),
    [findings, claimFilter],
  );
  const typeCounts = useMemo(() => (findings ? countByType(findings.entities) : []), [findings]);
  const marks = useMemo<readonly Mark[]>(
    () =>
      focus
        ? [...layer.marks, { id: 'focus', ...focus, kind: 'focus', className: 'mark-focus' }]
        : layer.marks,
    [focus, layer.marks],
  );

  // None stored yet, or a damaged one thrown away: the background queue makes it (again).
  const missing = result.data?.status === 'none' || discarded !== null;
  useEffect(() => {
    if (missing) enqueueAnalysis([article.id]);
  }, [missing, article.id]);

  // Emphasis fades after a moment; the mark goes so the text reads normally again.
  useEffect(() => {
    if (!focus) return;
    const timer = setTimeout(() => setFocus(null), 2500);
    return () => clearTimeout(timer);
  }, [focus]);

  const jumpTo = useCallback((range: FocusRange) => {
    setFocus(range);
    textRef.current?.scrollToOffset(range.start);
  }, []);

  useEffect(() => {
    if (at === null || !Number.isFinite(Number(at))) return;
    const offset = Number(at);
    const hit = findings ? entityCovering(findings, offset, article.text) : null;
    // After the paragraphs have rendered, so there is something to scroll to.
    const frame = requestAnimationFrame(() =>
      jumpTo(hit ? { start: hit.start, end: hit.end } : { start: offset, end: offset + 1 }),
    );
    return () => cancelAnimationFrame(frame);
  }, [at, findings, article.text, jumpTo]);

  const renderAnnotationStart = layer.renderMarkStart;
  const renderMarkStart = useCallback(
    (mark: Mark) => {
      if (mark.kind === 'annotation') return renderAnnotationStart(mark);
      if (mark.kind === 'entity') {
        const how = mark.data?.corrected;
        // A corrected mention says so in text and to screen readers, not by colour alone.
        return how ? (
          <sup
            key={`b${mark.id}`}
            {...{ [NO_OFFSET_ATTR]: '' }}
            className="correction-badge"
            role="img"
            aria-label={`corrected: ${how}`}
            title={`Corrected by you (${how})`}
          >
            ✓
          </sup>
        ) : null;
      }
      if (mark.kind !== 'claim') return null;
      const claim = Number(mark.data?.claim);
      const source = (findings && claimSource(findings.claims, claim)) ?? 'none';
      const strength = mark.data?.strength ?? 'weak';
      const attrs = { [NO_OFFSET_ATTR]: '', 'data-source': source, 'data-strength': strength };
      return (
        <button
          key={`m${mark.id}`}
          type="button"
          className="claim-marker"
          {...attrs}
          aria-label={`Claim ${claim + 1} (${strength}, ${source === 'none' ? 'no' : source} source): speaker, source and hedge`}
          aria-describedby={tip?.claim === claim ? CLAIM_TOOLTIP_ID : undefined}
          onFocus={(e) => setTip(anchorFor(e.currentTarget, claim))}
          onBlur={() => setTip(null)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setTip(null);
          }}
        />
      );
    },
    [tip?.claim, findings, renderAnnotationStart],
  );

  const onMouseOver = (e: MouseEvent) => {
    const el = (e.target as Element).closest('[data-claim]');
    if (!el) {
      if (tip && document.activeElement?.className !== 'claim-marker') setTip(null);
      return;
    }
    const ids = el.getAttribute('data-claim')!.split(' ');
    const claim = Number(ids[ids.length - 1]);
    if (tip?.claim !== claim) setTip(anchorFor(el, claim));
  };

  const tipClaim = tip && findings ? claimTip(findings.claims, tip.claim) : undefined;
  return (
    <div className="analysed-text">
      <div className="analysed-main">
        {discarded && (
          <p className="analysis-discarded" role="alert">
            The stored analysis of this article was damaged and has been discarded ({discarded}). The text is
            shown without highlights while it is analysed again.
          </p>
        )}
        {result.isError && (
          <p className="analysis-discarded" role="alert">
            Could not read this article’s analysis: {String(result.error)}. The text is shown without
            highlights.
          </p>
        )}
        {findings ? (
          <>
            <EntityLegend counts={typeCounts} claimCount={shownClaims} />
            <ClaimFilters shown={shownClaims} total={findings.claims.start.length} />
          </>
        ) : (
          !result.isError && (
            <p className="analysing-note" role="status" aria-label="Article analysis">
              Analysing…
            </p>
          )
        )}
        <div onMouseOver={onMouseOver} onMouseLeave={() => setTip(null)} {...layer.textProps}>
          <HighlightedText
            ref={textRef}
            text={article.text}
            paragraphs={paragraphs}
            marks={marks}
            findMarks={findMarks}
            onMarkClick={layer.onMarkClick}
            isMarkInteractive={layer.isMarkInteractive}
            renderMarkStart={renderMarkStart}
            className="reader-text"
            data-testid="clean-text"
          />
        </div>
        {tip && findings && tipClaim && (
          <ClaimTooltip
            claim={tipClaim}
            score={findings.claims.score[tip.claim] ?? 0}
            source={claimSource(findings.claims, tip.claim)}
            anchor={tip}
          />
        )}
        {layer.overlays}
      </div>
      <div className="reader-side">
        <aside aria-label="Annotations">{layer.panel}</aside>
        {findings && (
          <aside className="entity-side" aria-label="Entities">
            <h2>Entities</h2>
            <EntityPanel findings={findings} text={article.text} onStep={jumpTo} />
          </aside>
        )}
      </div>
    </div>
  );
}
