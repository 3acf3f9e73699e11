import { useEffect, useRef, type ReactNode } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../core/model';
import { ENTITY_TYPE_NAMES } from '../../../ui/entity-type-names';
import { useInViewport } from '../../../ui/use-in-viewport';

/**
 * The frame of the reader's small menus at a point of the text: a labelled dialog kept inside the viewport,
 * focused on its first control, closed by Escape or its × button; closed, it gives the focus back to where it
 * was (the highlight), so the keyboard carries on from there rather than from the top of the page.
 */
export function MenuFrame({
  label,
  position,
  onClose,
  children,
}: {
  label: string;
  position: Readonly<{ top: number; left: number }>;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const fitted = useInViewport(ref, position);
  useEffect(() => {
    const before = document.activeElement;
    const frame = ref.current;
    frame?.querySelector<HTMLElement>('button, select, input')?.focus();
    return () => {
      const now = document.activeElement;
      const lost = now === null || now === document.body || frame?.contains(now);
      if (lost && before instanceof HTMLElement && before !== document.body && before.isConnected)
        before.focus();
    };
  }, []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className="mark-menu"
      style={{ top: fitted.top, left: fitted.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {children}
      <button type="button" className="icon-button mark-menu-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

/** A "Type" drop-down of the entity types, by the names the rest of the UI gives them. */
export function EntityTypeSelect({
  value,
  onChange,
}: {
  value: EntityType;
  onChange: (type: EntityType) => void;
}) {
  return (
    <label>
      Type{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as EntityType)}>
        {ENTITY_TYPES.map((t) => (
          <option key={t} value={t}>
            {ENTITY_TYPE_NAMES[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
