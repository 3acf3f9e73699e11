import { useId, useState } from 'react';
import {
  CORRECTION_SCOPES,
  type CorrectionAction,
  type CorrectionScope,
  type EntityType,
} from '../../../core/model';
import type { Mark } from '../../../lib/highlight';
import { ENTITY_TYPE_NAMES } from '../../../ui/entity-type-names';
import { EntityTypeSelect, MenuFrame } from './menu-frame';
import { ScopeChoice } from './scope-choice';

/** A finding the analyst can correct, as shown under the click. */
export type MarkTarget = Readonly<{
  kind: 'entity' | 'claim';
  start: number;
  end: number;
  text: string;
  type?: EntityType;
  canonical?: string;
}>;

/**
 * The small menu a click on a highlight opens: open any annotation under it, and for an entity or claim the
 * corrections (confirm, change type, reject, merge into another entity by name); an entity's hold in the
 * scope chosen (this mention, every mention with its words in the article, or in the library).
 */
export function MarkMenu({
  position,
  annotations,
  finding,
  canonicals,
  onOpenAnnotation,
  onCorrect,
  onClose,
}: {
  position: Readonly<{ top: number; left: number }>;
  annotations: readonly Readonly<{ id: string; quote: string }>[];
  finding: MarkTarget | null;
  canonicals: readonly string[];
  onOpenAnnotation: (id: string) => void;
  onCorrect: (finding: MarkTarget, action: CorrectionAction, scope: CorrectionScope) => void;
  onClose: () => void;
}) {
  const [type, setType] = useState<EntityType>(finding?.type ?? 'PERSON');
  const [mergeInto, setMergeInto] = useState('');
  const [scope, setScope] = useState<CorrectionScope>('mention');
  const listId = useId();
  const act = (action: CorrectionAction) => {
    if (finding) onCorrect(finding, action, scope);
    onClose();
  };
  return (
    <MenuFrame label="Highlight actions" position={position} onClose={onClose}>
      {annotations.map((a) => (
        <button
          key={a.id}
          type="button"
          className="button button-small"
          onClick={() => onOpenAnnotation(a.id)}
        >
          Open annotation “{a.quote.length > 40 ? `${a.quote.slice(0, 40)}…` : a.quote}”
        </button>
      ))}
      {finding && (
        <div
          className="correction-actions"
          role="group"
          aria-label={`Correct ${finding.kind} “${finding.text}”`}
        >
          <p className="mark-menu-title">
            {finding.kind === 'entity'
              ? `${finding.type ? ENTITY_TYPE_NAMES[finding.type] : 'Entity'} · ${finding.text}`
              : 'Claim'}
          </p>
          {finding.kind === 'entity' && (
            <ScopeChoice words={finding.text} scopes={CORRECTION_SCOPES} value={scope} onChange={setScope} />
          )}
          <button type="button" className="button button-small" onClick={() => act({ kind: 'confirm' })}>
            Confirm
          </button>
          <button type="button" className="button button-small" onClick={() => act({ kind: 'reject' })}>
            Reject
          </button>
          {finding.kind === 'entity' && (
            <>
              <EntityTypeSelect value={type} onChange={setType} />
              <button
                type="button"
                className="button button-small"
                onClick={() => act({ kind: 'retype', type })}
              >
                Change type
              </button>
              <label>
                Merge into{' '}
                <input list={listId} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} />
              </label>
              <datalist id={listId}>
                {canonicals
                  .filter((c) => c !== finding.canonical)
                  .map((c) => (
                    <option key={c} value={c} />
                  ))}
              </datalist>
              <button
                type="button"
                className="button button-small"
                disabled={!mergeInto.trim()}
                onClick={() => act({ kind: 'merge', canonical: mergeInto.trim() })}
              >
                Merge
              </button>
            </>
          )}
        </div>
      )}
    </MenuFrame>
  );
}

/** The correctable finding among the marks under a click: the innermost entity, else a claim. */
export function pickFinding(marks: readonly Mark[], text: string): MarkTarget | null {
  const entity = [...marks].reverse().find((m) => m.kind === 'entity');
  if (entity)
    return {
      kind: 'entity',
      start: entity.start,
      end: entity.end,
      text: text.slice(entity.start, entity.end),
      type: entity.data?.['entity-type'] as EntityType | undefined,
      canonical: entity.data?.entity,
    };
  const claim = marks.find((m) => m.kind === 'claim');
  return claim
    ? { kind: 'claim', start: claim.start, end: claim.end, text: text.slice(claim.start, claim.end) }
    : null;
}
