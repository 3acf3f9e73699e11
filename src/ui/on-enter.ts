import type { KeyboardEvent } from 'react';

/**
 * For a field that acts on Enter (adds what was typed, applies a filter): runs `action` on Enter instead of
 * what Enter would do there otherwise, such as submitting the form around it.
 */
export function onEnter(e: KeyboardEvent, action: () => void): void {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  action();
}
