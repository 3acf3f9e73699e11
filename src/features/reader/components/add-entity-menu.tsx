import { useEffect, useRef, useState } from 'react';
import { ENTITY_TYPES, type CorrectionScope, type EntityType } from '../../../core/model';
import { ScopeChoice } from './scope-choice';
import { useInViewport } from '../../../ui/use-in-viewport';

const ADD_SCOPES: readonly CorrectionScope[] = ['mention', 'article', 'library'];

/**
 * The menu for an entity the engine missed: the selected words, a type, and whether to add just this
 * selection, every whole-word occurrence in the article, or every one in the library.
 */
export function AddEntityMenu({
  position,
  words,
  onAdd,
  onClose,
}: {
  position: Readonly<{ top: number; left: number }>;
  words: string;
  onAdd: (type: EntityType, scope: CorrectionScope) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const fitted = useInViewport(ref, position);
  const [type, setType] = useState<EntityType>('ORG');
  const [scope, setScope] = useState<CorrectionScope>('mention');
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label="Add entity"
      className="mark-menu"
      style={{ top: fitted.top, left: fitted.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="mark-menu-title">Add entity · {words.length > 40 ? `${words.slice(0, 40)}…` : words}</p>
      <label>
        Type{' '}
        <select value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <ScopeChoice words={words} scopes={ADD_SCOPES} value={scope} onChange={setScope} />
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => {
          onAdd(type, scope);
          onClose();
        }}
      >
        Add {type}
      </button>
      <button type="button" className="icon-button mark-menu-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
