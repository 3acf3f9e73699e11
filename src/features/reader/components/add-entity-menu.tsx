import { useState } from 'react';
import type { CorrectionScope, EntityType } from '../../../core/model';
import { ENTITY_TYPE_NAMES } from '../../../ui/entity-type-names';
import { EntityTypeSelect, MenuFrame } from './menu-frame';
import { ScopeChoice } from './scope-choice';

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
  const [type, setType] = useState<EntityType>('ORG');
  const [scope, setScope] = useState<CorrectionScope>('mention');
  return (
    <MenuFrame label="Add entity" position={position} onClose={onClose}>
      <p className="mark-menu-title">Add entity · {words.length > 40 ? `${words.slice(0, 40)}…` : words}</p>
      <EntityTypeSelect value={type} onChange={setType} />
      <ScopeChoice words={words} scopes={ADD_SCOPES} value={scope} onChange={setScope} />
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => {
          onAdd(type, scope);
          onClose();
        }}
      >
        Add {ENTITY_TYPE_NAMES[type]}
      </button>
    </MenuFrame>
  );
}
