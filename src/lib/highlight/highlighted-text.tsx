import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useImperativeHandle,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { segmentParagraphs, sortMarks, type Mark, type Segment } from './segments';

/** What panels can do with rendered text: jump to a character offset. */
export type HighlightedTextHandle = {
  /** Scrolls the paragraph holding `offset` into view (centred) and returns once it is rendered. */
  scrollToOffset: (offset: number) => void;
  /** The element holding the rendered paragraphs (for selection → offsets). */
  readonly root: HTMLElement | null;
};

export type HighlightedTextProps = Readonly<{
  text: string;
  paragraphs: readonly (readonly [number, number])[];
  marks: readonly Mark[];
  /** Called with every mark under the clicked segment, outermost first. */
  onMarkClick?: (marks: readonly Mark[], event: MouseEvent | KeyboardEvent) => void;
  /** Marks whose segments are actions a keyboard user can reach (tab stop, Enter/Space clicks). */
  isMarkInteractive?: (mark: Mark) => boolean;
  /** Rendered just before the first piece of a mark in each paragraph: e.g. a focusable claim marker. */
  renderMarkStart?: (mark: Mark) => ReactNode;
  /** Render only paragraphs near the viewport when there are more than this many. */
  virtualizeAbove?: number;
  className?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  ref?: Ref<HighlightedTextHandle>;
}>;

type SegmentProps = Pick<HighlightedTextProps, 'onMarkClick' | 'isMarkInteractive' | 'renderMarkStart'>;

function segmentAttributes(segment: Segment): Record<string, string> {
  const classes = ['mark'];
  const data = new Map<string, string[]>();
  for (const m of segment.marks) {
    if (m.className) classes.push(m.className);
    for (const [k, v] of Object.entries(m.data ?? {})) data.set(k, [...(data.get(k) ?? []), v]);
  }
  const attrs: Record<string, string> = { className: classes.join(' ') };
  for (const [k, values] of data) attrs[`data-${k}`] = [...new Set(values)].join(' ');
  return attrs;
}

const Paragraph = memo(function Paragraph({
  text,
  segments,
  from,

  handlers,
}: {
  text: string;
  segments: readonly Segment[];
  from: number;

  handlers: SegmentProps;
}) {
  const { onMarkClick, isMarkInteractive, renderMarkStart } = handlers;
  return (
    <p data-start={from}>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.marks.length === 0) return piece;
        const starts = renderMarkStart
          ? seg.marks.filter((m) => m.start === seg.start || seg.start === from).map(renderMarkStart)
          : null;
        const interactive = !!onMarkClick && seg.marks.some((m) => isMarkInteractive?.(m));
        return (
          <span key={seg.start} style={{ display: 'contents' }}>
            {starts}
            <span
              {...segmentAttributes(seg)}
              data-s={seg.start}
              data-e={seg.end}
              tabIndex={interactive ? 0 : undefined}
              onClick={onMarkClick ? (e) => onMarkClick(seg.marks, e) : undefined}
              onKeyDown={
                interactive
                  ? (e) => {
                      if (e.key !== 'Enter' && e.key !== ' ') return;
                      e.preventDefault();
                      onMarkClick!(seg.marks, e);
                    }
                  : undefined
              }
            >
              {piece}
            </span>
          </span>
        );
      })}
    </p>
  );
});

function findParagraph(paragraphs: HighlightedTextProps['paragraphs'], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]![0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function scrollPieceIntoView(root: HTMLElement, offset: number): boolean {
  const pieces = root.querySelectorAll<HTMLElement>('[data-s]');
  for (const el of pieces) {
    if (Number(el.dataset.s) <= offset && offset < Number(el.dataset.e)) {
      el.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

/**
 * Paints marks over a clean text: paragraphs of gap-free segments, each marked segment a `<span>` carrying the
 * classes and `data-*` of all its marks. Many paragraphs are virtualized so a 1 MB article opens at once.
 */
export function HighlightedText(props: HighlightedTextProps) {
  const { text, paragraphs, marks, virtualizeAbove = 150, ref } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => sortMarks(marks), [marks]);
  const segments = useMemo(() => segmentParagraphs(sorted, paragraphs), [sorted, paragraphs]);
  const { onMarkClick, isMarkInteractive, renderMarkStart } = props;
  const handlers = useMemo(
    () => ({ onMarkClick, isMarkInteractive, renderMarkStart }),
    [onMarkClick, isMarkInteractive, renderMarkStart],
  );
  const virtual = paragraphs.length > virtualizeAbove;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => {
      const p = paragraphs[i];
      return p ? 30 + Math.ceil((p[1] - p[0]) / 80) * 27 : 60;
    },
    overscan: 6,
  });

  useImperativeHandle(
    ref,
    () => ({
      get root() {
        return scrollRef.current;
      },
      scrollToOffset(offset: number) {
        const root = scrollRef.current;
        if (!root || paragraphs.length === 0) return;
        const index = findParagraph(paragraphs, offset);
        if (virtual) virtualizer.scrollToIndex(index, { align: 'center' });
        // In virtual mode the paragraph renders on the next frame; then centre the exact piece.
        const settle = (tries: number) => {
          if (scrollPieceIntoView(root, offset)) return;
          const p = root.querySelector<HTMLElement>(`p[data-start="${paragraphs[index]![0]}"]`);
          if (p) p.scrollIntoView({ block: 'center' });
          else if (tries > 0) requestAnimationFrame(() => settle(tries - 1));
        };
        if (virtual) requestAnimationFrame(() => settle(10));
        else settle(0);
      },
    }),
    [paragraphs, virtual, virtualizer],
  );

  return (
    <div
      ref={scrollRef}
      className={`highlighted-text ${props.className ?? ''}`}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      data-virtual={virtual || undefined}
    >
      {virtual ? (
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          <div
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${virtualizer.getVirtualItems()[0]?.start ?? 0}px)`,
            }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                <Paragraph
                  text={text}
                  segments={segments[item.index]!}
                  from={paragraphs[item.index]![0]}
                  handlers={handlers}
                />
              </div>
            ))}
          </div>
        </div>
      ) : (
        paragraphs.map(([from], i) => (
          <Paragraph key={from} text={text} segments={segments[i]!} from={from} handlers={handlers} />
        ))
      )}
    </div>
  );
}
