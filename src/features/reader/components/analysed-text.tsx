import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import { applyCorrections } from '../../../core/analysis-corrections';
import type { Article, Entity } from '../../../core/model';
import { splitParagraphs } from '../../../core/text/paragraphs';
import { enqueueAnalysis } from '../../../lib/background-analysis';
import {
  HighlightedText,
  NO_OFFSET_ATTR,
  type HighlightedTextHandle,
  type Mark,
} from '../../../lib/highlight';
import { useAnalysis } from '../api/get-analysis';
import { useCorrections } from '../api/get-corrections';
import { buildReaderMarks, type FocusRange } from '../build-marks';
import { isClaimShown } from '../claim-filter';
import { useReaderStore } from '../store';
import { useAnnotationLayer } from './annotation-layer';
import { ClaimFilters } from './claim-filters';
import type { TooltipAnchor } from '../place-tooltip';
import { CLAIM_TOOLTIP_ID, ClaimTooltip } from './claim-tooltip';
import { EntityLegend } from './entity-legend';
import { EntityPanel } from './entity-panel';

const EMPTY: readonly never[] = [];

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
  const analysis = useAnalysis(article.id);
  const corrections = useCorrections(article.id);
  const { hiddenTypes, claimsHidden, claimFilter } = useReaderStore();
  const [focus, setFocus] = useState<FocusRange | null>(null);
  const [tip, setTip] = useState<TooltipAnchor | null>(null);
  const textRef = useRef<HighlightedTextHandle>(null);
  const [params] = useSearchParams();
  const at = params.get('at');

  const paragraphs = useMemo(() => splitParagraphs(article.text), [article.text]);
  const findings = useMemo(() => {
    if (!analysis.data) return { entities: EMPTY, claims: EMPTY, corrected: undefined };
    return applyCorrections(analysis.data.entities, analysis.data.claims, corrections.data ?? EMPTY);
  }, [analysis.data, corrections.data]);
  const layer = useAnnotationLayer(article, textRef, findings.entities);
  // Apart from the annotations' marks: a huge article's findings are not rebuilt for every note saved.
  const findingMarks = useMemo(
    () =>
      buildReaderMarks(
        findings.entities,
        findings.claims,
        hiddenTypes,
        claimsHidden,
        focus,
        findings.corrected,
        (c) => isClaimShown(c, claimFilter),
      ),
    [findings, hiddenTypes, claimsHidden, focus, claimFilter],
  );
  const shownClaims = useMemo(
    () => findings.claims.filter((c) => isClaimShown(c, claimFilter)).length,
    [findings.claims, claimFilter],
  );
  const marks = useMemo(() => [...findingMarks, ...layer.marks], [findingMarks, layer.marks]);

  useEffect(() => {
    if (analysis.isSuccess && analysis.data === null) enqueueAnalysis([article.id]);
  }, [analysis.isSuccess, analysis.data, article.id]);

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

  const analysed = !!analysis.data;
  useEffect(() => {
    if (at === null || !Number.isFinite(Number(at))) return;
    const offset = Number(at);
    const hit = findings.entities.find((e) => e.start <= offset && offset < e.end);
    // After the paragraphs have rendered, so there is something to scroll to.
    const frame = requestAnimationFrame(() =>
      jumpTo(hit ? { start: hit.start, end: hit.end } : { start: offset, end: offset + 1 }),
    );
    return () => cancelAnimationFrame(frame);
  }, [at, analysed, findings.entities, jumpTo]);

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
      const source = findings.claims[claim]?.attribution?.kind ?? 'none';
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
    [tip?.claim, findings.claims, renderAnnotationStart],
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

  const tipClaim = tip ? findings.claims[tip.claim] : undefined;
  return (
    <div className="analysed-text">
      <div className="analysed-main">
        {analysed ? (
          <>
            <EntityLegend entities={findings.entities} claimCount={shownClaims} />
            <ClaimFilters shown={shownClaims} total={findings.claims.length} />
          </>
        ) : (
          <p className="analysing-note" role="status" aria-label="Article analysis">
            Analysing…
          </p>
        )}
        <div onMouseOver={onMouseOver} onMouseLeave={() => setTip(null)} {...layer.textProps}>
          <HighlightedText
            ref={textRef}
            text={article.text}
            paragraphs={paragraphs}
            marks={marks}
            onMarkClick={layer.onMarkClick}
            isMarkInteractive={layer.isMarkInteractive}
            renderMarkStart={renderMarkStart}
            className="reader-text"
            data-testid="clean-text"
          />
        </div>
        {tip && tipClaim && <ClaimTooltip claim={tipClaim} anchor={tip} />}
        {layer.overlays}
      </div>
      <div className="reader-side">
        <aside aria-label="Annotations">{layer.panel}</aside>
        {analysed && (
          <aside className="entity-side" aria-label="Entities">
            <h2>Entities</h2>
            <EntityPanel entities={findings.entities} onStep={(m: Entity) => jumpTo(m)} />
          </aside>
        )}
      </div>
    </div>
  );
}
