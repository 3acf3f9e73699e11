import { useEffect, useRef, type ReactNode } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../core/model';
import { useInViewport } from '../../../ui/use-in-viewport';

/**
 * The frame of the reader's small menus at a point of the text: a labelled dialog kept inside the viewport,
 * focused on its first control, closed by Escape or its × button.
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
    ref.current?.querySelector<HTMLElement>('button, select, input')?.focus();
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

/** A "Type" drop-down of the entity types. */
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
          <option key={t}>{t}</option>
        ))}
      </select>
    </label>
  );
}
