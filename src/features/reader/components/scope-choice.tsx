import { useId } from 'react';
import type { CorrectionScope } from '../../../core/model';

/** What each scope is called in the correction menus, for the mention's words. */
function scopeLabel(scope: CorrectionScope, words: string): string {
  const quoted = words.length > 30 ? `${words.slice(0, 30)}…` : words;
  if (scope === 'mention') return 'This mention';
  if (scope === 'article') return `Every “${quoted}” in this article`;
  return `Every “${quoted}” in the library`;
}

/** Radio buttons choosing where a correction holds (arrow keys move between them). */
export function ScopeChoice({
  words,
  scopes,
  value,
  onChange,
}: {
  words: string;
  scopes: readonly CorrectionScope[];
  value: CorrectionScope;
  onChange: (scope: CorrectionScope) => void;
}) {
  const name = useId();
  return (
    <fieldset className="scope-choice">
      <legend>Apply to</legend>
      {scopes.map((scope) => (
        <label key={scope}>
          <input
            type="radio"
            name={name}
            value={scope}
            checked={value === scope}
            onChange={() => onChange(scope)}
          />{' '}
          {scopeLabel(scope, words)}
        </label>
      ))}
    </fieldset>
  );
}
