import { useCallback, useState, type ReactNode } from 'react';
import { describeRange } from '../../../core/anchor';
import {
  applyAnnotationEdit,
  isSameVersion,
  mergeAnnotationEdits,
  type Annotation,
  type AnnotationEdit,
  type Article,
  type Label,
  type Tag,
} from '../../../core/model';
import { EditConflictError, useAnnotationWrites, type EditConflict } from '../api/mutate-annotations';
import { useHistoryStore, type Command } from '../history-store';
import { AnnotationEditor } from './annotation-editor';
import type { ConflictChoice } from './edit-conflict-notice';

type EditorState =
  | Readonly<{ mode: 'new'; start: number; end: number }>
  // `annotation` is the version the edit started from; `busy` while this tab writes, so its own write,
  // refetched before the editor closes, is not taken for another tab's.
  | Readonly<{ mode: 'edit'; annotation: Annotation; busy: boolean; conflict: EditConflict | null }>;

const EMPTY_EDIT: AnnotationEdit = { note: '', label: null, tags: [] };

/** What another tab did to `base` according to the freshest list of the article's annotations, if anything. */
function detectConflict(
  base: Annotation,
  annotations: readonly Annotation[] | undefined,
): EditConflict | null {
  if (!annotations) return null;
  const stored = annotations.find((a) => a.id === base.id);
  if (!stored) return { kind: 'deleted' };
  return isSameVersion(stored, base) ? null : { kind: 'changed', theirs: stored };
}

/**
 * The annotation editor of the reader and its writes, all undoable. An edit is saved only over the version it
 * started from: when another tab changed or deleted the annotation meanwhile, seen as soon as the change
 * reaches this tab's query or at the latest when saving, the editor shows what the other tab stored and lets
 * the analyst keep theirs, keep mine or merge (restore or discard, after a delete). Nothing is lost unseen.
 */
export function useAnnotationEditor({
  article,
  annotations,
  labels,
  tags,
  onCreated,
}: {
  article: Article;
  annotations: readonly Annotation[] | undefined;
  labels: readonly Label[];
  tags: readonly Tag[];
  onCreated: (id: string) => void;
}): Readonly<{
  isOpen: boolean;
  openNew: (start: number, end: number) => void;
  openEdit: (annotation: Annotation) => void;
  element: ReactNode;
}> {
  const writes = useAnnotationWrites();
  const execute = useHistoryStore((s) => s.execute);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const openNew = useCallback((start: number, end: number) => setEditor({ mode: 'new', start, end }), []);
  const openEdit = useCallback(
    (annotation: Annotation) => setEditor({ mode: 'edit', annotation, busy: false, conflict: null }),
    [],
  );
  const setEditState = (patch: Partial<Extract<EditorState, { mode: 'edit' }>>) =>
    setEditor((s) => (s?.mode === 'edit' ? { ...s, ...patch } : s));

  const conflict =
    editor?.mode === 'edit'
      ? ((editor.busy ? null : detectConflict(editor.annotation, annotations)) ?? editor.conflict)
      : null;

  const create = async (start: number, end: number, draft: AnnotationEdit) => {
    const now = Date.now();
    const created: Annotation = {
      id: crypto.randomUUID(),
      articleId: article.id,
      target: describeRange(article.text, start, end),
      ...draft,
      createdAt: now,
      updatedAt: now,
    };
    await execute({
      label: 'Annotate',
      run: () => writes.put(created),
      revert: () => writes.remove(created),
    });
    onCreated(created.id);
    setEditor(null);
  };

  // Runs a checked write (an edit or a delete of the version the editor started from) and closes the editor;
  // a conflict keeps it open with the notice showing what another tab stored.
  const runChecked = async (command: Command) => {
    setEditState({ busy: true });
    try {
      await execute(command);
      setEditor(null);
    } catch (error) {
      setEditState({ busy: false });
      if (!(error instanceof EditConflictError)) throw error;
      setEditState({ conflict: error.conflict });
    }
  };

  // Writes `edit` over the stored version `expected`.
  const saveOver = async (expected: Annotation, edit: AnnotationEdit) => {
    const after = applyAnnotationEdit(expected, edit, Date.now());
    await runChecked({
      label: 'Edit annotation',
      run: () => writes.replace(expected, after),
      revert: () => writes.replace(after, expected),
    });
  };

  const restore = async (restored: Annotation) => {
    await execute({
      label: 'Restore annotation',
      run: () => writes.put(restored),
      revert: () => writes.remove(restored),
    });
    setEditor(null);
  };

  // Deletes `a` if it is still the stored version; after a conflict, a second Delete deletes what the notice
  // shows.
  const remove = (a: Annotation) =>
    runChecked({ label: 'Delete annotation', run: () => writes.remove(a), revert: () => writes.put(a) });

  // A failed write is reported by the query client's toast (storage full, or why); the editor stays open
  // with the draft, ready to try again.
  const keepOpen = () => setEditState({ busy: false });

  const resolve = (choice: ConflictChoice, draft: AnnotationEdit) => {
    if (editor?.mode !== 'edit' || !conflict || choice === 'theirs') return setEditor(null);
    const base = editor.annotation;
    if (conflict.kind === 'deleted')
      return void restore(applyAnnotationEdit(base, draft, Date.now())).catch(keepOpen);
    void saveOver(
      conflict.theirs,
      choice === 'mine' ? draft : mergeAnnotationEdits(base, draft, conflict.theirs),
    ).catch(keepOpen);
  };

  const element = editor && (
    <AnnotationEditor
      quote={
        editor.mode === 'new'
          ? article.text.slice(editor.start, editor.end)
          : editor.annotation.target.quote.exact
      }
      initial={editor.mode === 'new' ? EMPTY_EDIT : editor.annotation}
      labels={labels}
      tags={tags}
      isNew={editor.mode === 'new'}
      conflict={conflict}
      onSave={(draft) =>
        void (
          editor.mode === 'new' ? create(editor.start, editor.end, draft) : saveOver(editor.annotation, draft)
        ).catch(keepOpen)
      }
      onResolve={resolve}
      onDelete={() => {
        if (editor.mode !== 'edit') return;
        // Delete what is stored, so an undo brings back the other tab's version if it changed.
        void remove(conflict?.kind === 'changed' ? conflict.theirs : editor.annotation).catch(keepOpen);
      }}
      onClose={() => setEditor(null)}
    />
  );

  return { isOpen: editor !== null, openNew, openEdit, element };
}
