import { useState } from 'react';
import type { ReaderFindings } from '../../../core/findings';
import { ENTITY_TYPES, KEYED_ENTITY_TYPES, type Span } from '../../../core/model';
import { ENTITY_TYPE_PLURALS } from '../../../ui/entity-type-names';
import { TYPE_LETTERS } from '../entity-labels';

/** Names listed per type at first, most mentioned first; more on request, so a huge article lists a page. */
const FIRST_SHOWN = 30;
const MORE = 100;

/**
 * The article's entities grouped by type with mention counts; activating one steps through its mentions
 * (`onStep` scrolls to and emphasises the mention), announcing "2 of 4". Each type lists its most mentioned
 * names first and the rest a hundred at a time, so the panel stays small whatever the article's size.
 */
export function EntityPanel({
  findings,
  text,
  onStep,
}: {
  /** The groups are made with the findings (in the worker): most mentioned first, then by name. */
  findings: ReaderFindings;
  /** The article's clean text: a date or number is listed in its own words, not by its normalised key. */
  text: string;
  onStep: (mention: Readonly<{ start: number; end: number }>) => void;
}) {
  const [step, setStep] = useState<{ key: string; index: number } | null>(null);
  const [shown, setShown] = useState<Readonly<Record<string, number>>>({});
  const { groups: g, entities: e, names } = findings;
  const groups = ENTITY_TYPES.map((type, t) => ({ type, items: g.byType[t] ?? new Int32Array() })).filter(
    (x) => x.items.length > 0,
  );
  const mentionOf = (group: number, index: number): Span => {
    const i = g.mentions[g.first[group]! + index]!;
    return [e.start[i]!, e.end[i]!];
  };

  if (groups.length === 0) return <p className="muted">No entities found.</p>;
  return (
    <nav className="entity-panel" aria-label="Entities in this article">
      {groups.map(({ type, items }) => (
        <section key={type} aria-label={ENTITY_TYPE_PLURALS[type]}>
          <h3>
            <span className={`legend-swatch entity entity-${type.toLowerCase()}`} aria-hidden="true">
              {TYPE_LETTERS[type]}
            </span>
            {ENTITY_TYPE_PLURALS[type]}
          </h3>
          <ul>
            {[...items.subarray(0, shown[type] ?? FIRST_SHOWN)].map((group) => {
              const canonical = names[g.name[group]!]!;
              const label = KEYED_ENTITY_TYPES.has(type) ? text.slice(...mentionOf(group, 0)) : canonical;
              const count = g.count[group]!;
              const key = `${type}:${canonical}`;
              const current = step?.key === key ? step.index : null;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="entity-button"
                    onClick={() => {
                      const index = current === null ? 0 : (current + 1) % count;
                      setStep({ key, index });
                      const [start, end] = mentionOf(group, index);
                      onStep({ start, end });
                    }}
                  >
                    {label} <span className="muted">×{count}</span>
                  </button>
                  {current !== null && (
                    <span className="entity-step" aria-live="polite">
                      {current + 1} of {count}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {items.length > (shown[type] ?? FIRST_SHOWN) && (
            <button
              type="button"
              className="button button-small entity-more"
              onClick={() => setShown((s) => ({ ...s, [type]: (s[type] ?? FIRST_SHOWN) + MORE }))}
            >
              Show more {ENTITY_TYPE_PLURALS[type].toLowerCase()} (
              {items.length - (shown[type] ?? FIRST_SHOWN)} not listed)
            </button>
          )}
        </section>
      ))}
    </nav>
  );
}
