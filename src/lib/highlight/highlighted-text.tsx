import { useWindowVirtualizer } from '@tanstack/react-virtual';
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
import { splitRenderBlocks, type TextBlock } from '../../core/text/render-blocks';
import { useOffsetTop } from '../use-offset-top';
import { usePrinting } from '../use-printing';
import { marksByParagraph, segmentRange, sortMarks, type Mark, type Segment } from './segments';

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
  /**
   * More marks, asked for each block as it renders (those overlapping `[from, to)`): a huge article's
   * findings are built for what is on screen, never all at once. A new function repaints the rendered blocks.
   */
  findMarks?: (from: number, to: number) => readonly Mark[];
  /** Called with every mark under the clicked segment, outermost first. */
  onMarkClick?: (marks: readonly Mark[], event: MouseEvent | KeyboardEvent) => void;
  /** Marks whose segments are actions a keyboard user can reach (tab stop, Enter/Space clicks). */
  isMarkInteractive?: (mark: Mark) => boolean;
  /** Rendered just before the first piece of a mark in each paragraph: e.g. a focusable claim marker. */
  renderMarkStart?: (mark: Mark) => ReactNode;
  /**
   * Render only blocks near the window's viewport when there are more than this many (long paragraphs are
   * cut). The page scrolls, not the text: one scrollbar. Printing renders every block.
   */
  virtualizeAbove?: number;
  className?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  ref?: Ref<HighlightedTextHandle>;
}>;

type SegmentProps = Pick<
  HighlightedTextProps,
  'onMarkClick' | 'isMarkInteractive' | 'renderMarkStart' | 'findMarks'
>;

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

/**
 * One render block: a paragraph, or a piece of a long one (`continued` after its first piece, `continues`
 * before its last), as a `<p data-start>` so DOM points map back to text offsets.
 */
const Block = memo(function Block({
  text,
  marks,
  block,
  continues,
  handlers,
}: {
  text: string;
  marks: readonly Mark[];
  block: TextBlock;
  continues: boolean;
  handlers: SegmentProps;
}) {
  const { start: from, end: to, continued } = block;
  const { onMarkClick, isMarkInteractive, renderMarkStart, findMarks } = handlers;
  // Cut only when a block renders: a virtualized 1 MB article cuts a screenful, not 2,000 blocks.
  const segments = useMemo(() => {
    const found = findMarks?.(from, to) ?? [];
    const all = found.length === 0 ? marks : sortMarks([...marks, ...found]).marks;
    return segmentRange(all, from, to);
  }, [marks, findMarks, from, to]);
  const className = [continued && 'block-continued', continues && 'block-continues']
    .filter(Boolean)
    .join(' ');
  return (
    <p data-start={from} className={className || undefined}>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.marks.length === 0) return piece;
        // A mark's marker goes where it starts, and again at the top of each paragraph it runs into.
        const starts = renderMarkStart
          ? seg.marks
              .filter((m) => m.start === seg.start || (seg.start === from && !continued))
              .map(renderMarkStart)
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

function findBlock(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= offset) lo = mid;
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
 * classes and `data-*` of all its marks. Long paragraphs are cut into blocks at sentence ends and many blocks
 * are virtualized, so the work of a screen is bounded by the screen, whatever the paragraphs' shape.
 */
export function HighlightedText(props: HighlightedTextProps) {
  const { text, paragraphs, marks, virtualizeAbove = 150, ref } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => splitRenderBlocks(text, paragraphs), [text, paragraphs]);
  const spans = useMemo(() => blocks.map((b) => [b.start, b.end] as const), [blocks]);
  const sorted = useMemo(() => sortMarks(marks), [marks]);
  const perBlock = useMemo(() => marksByParagraph(sorted, spans), [sorted, spans]);
  const { onMarkClick, isMarkInteractive, renderMarkStart, findMarks } = props;
  const handlers = useMemo(
    () => ({ onMarkClick, isMarkInteractive, renderMarkStart, findMarks }),
    [onMarkClick, isMarkInteractive, renderMarkStart, findMarks],
  );
  const printing = usePrinting();
  const virtual = blocks.length > virtualizeAbove && !printing;
  const scrollMargin = useOffsetTop(rootRef);
  const virtualizer = useWindowVirtualizer({
    count: blocks.length,
    enabled: virtual,
    scrollMargin,
    estimateSize: (i) => {
      const b = blocks[i];
      return b ? 30 + Math.ceil((b.end - b.start) / 80) * 27 : 60;
    },
    // Blocks run to 3,000 characters (a screen or more each): two either side cover a fast scroll.
    overscan: 2,
  });

  useImperativeHandle(
    ref,
    () => ({
      get root() {
        return rootRef.current;
      },
      scrollToOffset(offset: number) {
        const root = rootRef.current;
        if (!root || blocks.length === 0) return;
        const index = findBlock(blocks, offset);
        if (virtual) virtualizer.scrollToIndex(index, { align: 'center' });
        // In virtual mode the block renders on the next frame; then centre the exact piece.
        const settle = (tries: number) => {
          if (scrollPieceIntoView(root, offset)) return;
          const p = root.querySelector<HTMLElement>(`p[data-start="${blocks[index]!.start}"]`);
          if (p) p.scrollIntoView({ block: 'center' });
          else if (tries > 0) requestAnimationFrame(() => settle(tries - 1));
        };
        if (virtual) requestAnimationFrame(() => settle(10));
        else settle(0);
      },
    }),
    [blocks, virtual, virtualizer],
  );

  return (
    <div
      ref={rootRef}
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
              transform: `translateY(${(virtualizer.getVirtualItems()[0]?.start ?? scrollMargin) - scrollMargin}px)`,
            }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                <Block
                  text={text}
                  marks={perBlock[item.index]!}
                  block={blocks[item.index]!}
                  continues={!!blocks[item.index + 1]?.continued}
                  handlers={handlers}
                />
              </div>
            ))}
          </div>
        </div>
      ) : (
        blocks.map((block, i) => (
          <Block
            key={block.start}
            text={text}
            marks={perBlock[i]!}
            block={block}
            continues={!!blocks[i + 1]?.continued}
            handlers={handlers}
          />
        ))
      )}
    </div>
  );
}
