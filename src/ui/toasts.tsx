import { useEffect, useState } from 'react';
import { useToastStore, type Toast } from './toast-store';

const LIFETIME_MS = 10_000;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  // Held while the pointer is on it or the focus in it, so its Undo cannot vanish under the analyst's hand
  // (or keyboard); a full lifetime again once left.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [toast.id, dismiss, held]);
  return (
    <li
      className="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <span>{toast.message}</span>
      {toast.onAction && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            toast.onAction?.();
            dismiss(toast.id);
          }}
        >
          {toast.actionLabel ?? 'Undo'}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </li>
  );
}

/** The stack of toasts at the bottom of the window: one live region, so screen readers hear each once. */
export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-label="Notifications">
      {toasts.length > 0 && (
        <ul className="toast-list">
          {toasts.map((t) => (
            <ToastItem key={t.id} toast={t} />
          ))}
        </ul>
      )}
    </div>
  );
}
