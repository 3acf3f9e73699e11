import { useCallback } from 'react';
import { planCorrections } from '../../core/analysis-corrections';
import type { Article, CorrectionAction, CorrectionScope, EntityType } from '../../core/model';
import { findWordsInLibrary } from '../../db/entity-repo';
import { useCorrectionWrites } from './api/write-corrections';
import { useHistoryStore } from './history-store';

/** A span of the article's clean text a correction is about. */
export type CorrectionSpan = Readonly<{ kind: 'entity' | 'claim'; start: number; end: number }>;

const SCOPE_WORDS: Record<CorrectionScope, string> = {
  mention: '',
  article: ' in this article',
  library: ' in the library',
};

/**
 * The reader's correction actions as undoable commands: each stores the corrections it plans (one, or one
 * per occurrence for an add in the article or the library) and its undo deletes exactly those; redo stores
 * them again.
 */
export function useCorrectionCommands(article: Article) {
  const execute = useHistoryStore((s) => s.execute);
  const writes = useCorrectionWrites();
  const correct = useCallback(
    async (span: CorrectionSpan, action: CorrectionAction, scope: CorrectionScope) => {
      const words = article.text.slice(span.start, span.end);
      // An add everywhere in the library adds the words where every article has them, as one command.
      const inLibrary =
        action.kind === 'add' && scope === 'library' ? await findWordsInLibrary(words) : undefined;
      const corrections = planCorrections(
        {
          articleId: article.id,
          text: article.text,
          target: span.kind,
          start: span.start,
          end: span.end,
          action,
          scope,
          createdAt: Date.now(),
          inLibrary,
        },
        () => crypto.randomUUID(),
      );
      if (corrections.length === 0) return;
      return execute({
        label: `${action.kind} “${words}”${SCOPE_WORDS[scope]}`,
        run: () => writes.save(corrections),
        revert: () => writes.remove(corrections.map((c) => c.id)),
      });
    },
    [article.id, article.text, execute, writes],
  );
  const addEntity = useCallback(
    (start: number, end: number, type: EntityType, scope: CorrectionScope) =>
      correct({ kind: 'entity', start, end }, { kind: 'add', type }, scope),
    [correct],
  );
  return { correct, addEntity };
}
