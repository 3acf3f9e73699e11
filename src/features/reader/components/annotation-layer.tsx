import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { entityCovering, type ReaderFindings } from '../../../core/findings';
import type { Annotation, Article, CorrectionAction, CorrectionScope } from '../../../core/model';
import { sortByPosition } from '../../../core/export/names';
import { toCssColor } from '../../../core/model';
import {
  NO_OFFSET_ATTR,
  domPointToOffset,
  selectionToOffsets,
  type HighlightedTextHandle,
  type Mark,
} from '../../../lib/highlight';
import { useAnnotations } from '../api/get-annotations';
import { useLabels } from '../api/get-labels';
import { useReaderTags } from '../api/get-tags';
import { useCheckedHistory } from '../use-checked-history';
import { useCorrectionCommands } from '../use-correction-commands';
import { AddEntityMenu } from './add-entity-menu';
import { AnnotationPanel, type AnnotationFilter } from './annotation-panel';
import { HistoryButtons } from './history-buttons';
import { MarkMenu, pickFinding, type MarkTarget } from './mark-menu';
import { isTyping, moveSelection } from './keyboard-selection';
import { useAnnotationEditor } from './use-annotation-editor';
import './annotations.css';

type Pending = Readonly<{ start: number; end: number; top: number; left: number }>;
type MenuState = Readonly<{ top: number; left: number; marks: readonly Mark[] }>;

const EMPTY: readonly never[] = [];

// A failed write is already reported by the query client's toast (storage full, or why); the editor stays
// open with the draft and the undo stack is unchanged, so there is nothing more to do here.
const reported = () => {};

/** What the reader mixes into its text and side column to let the analyst annotate and correct. */
export type AnnotationLayer = Readonly<{
  marks: readonly Mark[];
  onMarkClick: (marks: readonly Mark[], event: MouseEvent | ReactKeyboardEvent) => void;
  isMarkInteractive: (mark: Mark) => boolean;
  renderMarkStart: (mark: Mark) => ReactNode;
  textProps: Readonly<{
    tabIndex: number;
    role: string;
    'aria-label': string;
    onKeyDown: (e: ReactKeyboardEvent<HTMLElement>) => void;
  }>;
  overlays: ReactNode;
  panel: ReactNode;
}>;

/** The Annotate button's height with some room, for placing it where it stays on screen. */
const POPOVER_HEIGHT = 40;

/**
 * Annotation and correction tools for the reader: selection → "Annotate" (button or `a`), the editor, marks
 * for the stored annotations, the side panel (j / k to step), undo/redo (ctrl+z / ctrl+shift+z), and the
 * correction menu for entity and claim highlights.
 */
export function useAnnotationLayer(
  article: Article,
  textRef: RefObject<HighlightedTextHandle | null>,
  findings: ReaderFindings | undefined,
): AnnotationLayer {
  const stored = useAnnotations(article.id).data;
  const annotations = stored ?? EMPTY;
  const labels = useLabels().data ?? EMPTY;
  const tags = useReaderTags().data ?? EMPTY;
  const { correct: runCorrection, addEntity } = useCorrectionCommands(article);
  const { undo, redo, clear, past, future } = useCheckedHistory();
  const [pending, setPending] = useState<Pending | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [adding, setAdding] = useState<Pending | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>({ label: null, tag: null });

  useEffect(() => clear, [article.id, clear]);

  const editor = useAnnotationEditor({
    article,
    annotations: stored,
    labels,
    tags,
    onCreated: useCallback((id: string) => {
      setCurrentId(id);
      window.getSelection()?.removeAllRanges();
    }, []),
  });
  const { openNew: openEditorAt, openEdit } = editor;

  const placed = useMemo(() => annotations.filter((a) => !a.target.orphaned), [annotations]);
  // Notes are numbered in text order: the badge in the text and the card in the panel (a printout's notes).
  const numbers = useMemo(
    () => new Map(sortByPosition(placed).map((a, i) => [a.id, i + 1] as const)),
    [placed],
  );
  const marks = useMemo<Mark[]>(
    () =>
      placed.map((a) => ({
        id: `n:${a.id}`,
        start: a.target.position.start,
        end: a.target.position.end,
        kind: 'annotation',
        className: a.id === currentId ? 'annotation annotation-current' : 'annotation',
        data: { annotation: a.id, label: a.label ?? 'none' },
      })),
    [placed, currentId],
  );

  const jumpTo = useCallback(
    (a: Annotation) => {
      setCurrentId(a.id);
      textRef.current?.scrollToOffset(a.target.position.start);
    },
    [textRef],
  );

  const readSelection = useCallback((): Pending | null => {
    const root = textRef.current?.root;
    const selection = window.getSelection();
    if (!root) return null;
    const range = selectionToOffsets(root, selection);
    if (!range) return null;
    const rect = selection!.getRangeAt(0).getBoundingClientRect();
    // Below the selection, or above it when that would leave the window: a fixed button off-screen cannot be
    // scrolled to.
    const below = rect.bottom + 6;
    const top =
      below + POPOVER_HEIGHT > window.innerHeight ? Math.max(8, rect.top - 6 - POPOVER_HEIGHT) : below;
    return { ...range, top, left: Math.max(8, rect.left) };
  }, [textRef]);

  // The Annotate button follows the selection, however it was made (mouse, shift+arrows, double click).
  useEffect(() => {
    const onChange = () => setPending(readSelection());
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [readSelection]);

  const openNew = useCallback(() => {
    const sel = readSelection();
    if (sel) openEditorAt(sel.start, sel.end);
  }, [readSelection, openEditorAt]);

  const openAdd = useCallback(() => {
    const sel = readSelection();
    if (sel) setAdding(sel);
  }, [readSelection]);

  const step = useCallback(
    (dir: 1 | -1) => {
      if (placed.length === 0) return;
      const index = placed.findIndex((a) => a.id === currentId);
      const next =
        index === -1 ? (dir === 1 ? 0 : placed.length - 1) : (index + dir + placed.length) % placed.length;
      jumpTo(placed[next]!);
    },
    [placed, currentId, jumpTo],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (editor.isOpen || isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        void (e.shiftKey ? redo() : undo()).catch(reported);
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        void redo().catch(reported);
      } else if (mod || e.altKey) {
        return;
      } else if (e.key === 'a') {
        if (readSelection()) {
          e.preventDefault();
          openNew();
        }
      } else if (e.key === 'e') {
        if (readSelection()) {
          e.preventDefault();
          openAdd();
        }
      } else if (e.key === 'c') {
        // Keyboard path to corrections: the entity under the caret (highlights are not tab stops, since a
        // focusable span swallows a drag that starts on it).
        const root = textRef.current?.root;
        const sel = window.getSelection();
        const at = root && sel?.anchorNode ? domPointToOffset(root, sel.anchorNode, sel.anchorOffset) : null;
        const hit = at === null || !findings ? null : entityCovering(findings, at, article.text);
        if (!hit || !sel) return;
        e.preventDefault();
        const rect = sel.getRangeAt(0).getBoundingClientRect();
        setMenu({
          top: rect.bottom + 6,
          left: Math.max(8, rect.left),
          marks: [
            {
              id: 'caret',
              start: hit.start,
              end: hit.end,
              kind: 'entity',
              data: { 'entity-type': hit.type, entity: hit.canonical },
            },
          ],
        });
      } else if (e.key === 'j') step(1);
      else if (e.key === 'k') step(-1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editor.isOpen, undo, redo, step, openNew, openAdd, readSelection, findings, article.text, textRef]);

  const correct = (finding: MarkTarget, action: CorrectionAction, scope: CorrectionScope) =>
    void runCorrection(finding, action, scope).catch(reported);

  const openAnnotation = useCallback(
    (id: string) => {
      const a = annotations.find((x) => x.id === id);
      if (a) {
        setCurrentId(a.id);
        openEdit(a);
      }
      setMenu(null);
    },
    [annotations, openEdit],
  );

  const onMarkClick = useCallback(
    (under: readonly Mark[], event: MouseEvent | ReactKeyboardEvent) => {
      // A drag that ends on a highlight is a selection, not a click.
      if (event.type === 'click' && !window.getSelection()?.isCollapsed) return;
      const notes = under.filter((m) => m.kind === 'annotation');
      const finding = pickFinding(under, article.text);
      if (notes.length === 1 && !finding) return openAnnotation(notes[0]!.data!.annotation!);
      if (notes.length === 0 && !finding) return;
      const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
      setMenu({
        top: rect.bottom + 6,
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
        marks: under,
      });
    },
    [article.text, openAnnotation],
  );

  // A card in the panel is the annotation itself: clicking it brings its words into view and opens it.
  const editFromPanel = useCallback(
    (a: Annotation) => {
      jumpTo(a);
      openEdit(a);
    },
    [jumpTo, openEdit],
  );

  const isMarkInteractive = useCallback((m: Mark) => m.kind === 'annotation', []);

  const renderMarkStart = useCallback(
    (m: Mark) => {
      if (m.kind !== 'annotation') return null;
      const label = labels.find((l) => l.id === m.data?.label);
      const attrs = { [NO_OFFSET_ATTR]: '' };
      return (
        <sup
          key={`b${m.id}`}
          {...attrs}
          className="annotation-badge"
          data-badge={label ? label.name[0] : '✎'}
          data-note={numbers.get(m.data?.annotation ?? '')}
          aria-hidden="true"
        />
      );
    },
    [labels, numbers],
  );

  // Every distinct name, sorted with the findings (in the worker).
  const canonicals = findings?.names ?? EMPTY;
  const labelStyles = labels
    .map(
      (l) =>
        // The id and colour come from stored data (a restored backup): escaped and format-checked here too.
        `.annotation[data-label~="${CSS.escape(l.id)}"]{background-color:${toCssColor(l.color)}40;border-bottom-color:${toCssColor(l.color)}}`,
    )
    .join('\n');

  const menuNotes = (menu?.marks ?? [])
    .filter((m) => m.kind === 'annotation')
    .map((m) => ({ id: m.data!.annotation!, quote: article.text.slice(m.start, m.end) }));

  const overlays = (
    <>
      <style>{labelStyles}</style>
      {pending && !editor.isOpen && !adding && (
        <div className="annotate-popover" style={{ top: pending.top, left: pending.left }}>
          <button
            type="button"
            className="button button-primary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={openNew}
          >
            Annotate <kbd>a</kbd>
          </button>{' '}
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={openAdd}>
            Add entity <kbd>e</kbd>
          </button>
        </div>
      )}
      {adding && (
        <AddEntityMenu
          position={adding}
          words={article.text.slice(adding.start, adding.end)}
          onAdd={(type, scope) => void addEntity(adding.start, adding.end, type, scope).catch(reported)}
          onClose={() => setAdding(null)}
        />
      )}
      {menu && (
        <MarkMenu
          // Another highlight clicked while the menu is open gets a fresh menu, not the last one's choices.
          key={`${menu.top}:${menu.left}:${menu.marks.map((m) => m.id).join(',')}`}
          position={menu}
          annotations={menuNotes}
          finding={pickFinding(menu.marks, article.text)}
          canonicals={canonicals}
          onOpenAnnotation={openAnnotation}
          onCorrect={correct}
          onClose={() => setMenu(null)}
        />
      )}
      {editor.element}
    </>
  );

  const panel = (
    <>
      <HistoryButtons
        canUndo={past.length > 0}
        canRedo={future.length > 0}
        onUndo={() => void undo().catch(reported)}
        onRedo={() => void redo().catch(reported)}
      />
      <AnnotationPanel
        annotations={annotations}
        labels={labels}
        tags={tags}
        currentId={currentId}
        numbers={numbers}
        filter={filter}
        onFilter={setFilter}
        onOpen={editFromPanel}
        onOpenOrphan={openEdit}
      />
    </>
  );

  const textProps = {
    tabIndex: 0,
    role: 'document',
    'aria-label':
      'Article text: select with shift and the arrow keys, press a to annotate, e to add a missed entity, c to correct an entity',
    onKeyDown: (e: ReactKeyboardEvent<HTMLElement>) => {
      const root = textRef.current?.root;
      if (root && moveSelection(root, e.nativeEvent)) e.preventDefault();
    },
  };

  return { marks, onMarkClick, isMarkInteractive, renderMarkStart, textProps, overlays, panel };
}
