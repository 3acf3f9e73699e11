import { useMemo, useState } from 'react';
import { ENTITY_TYPES, type Entity } from '../../../core/model';
import { TYPE_LABELS, TYPE_LETTERS } from '../entity-labels';

type Group = { canonical: string; mentions: Entity[] };

/** Names listed per type at first, most mentioned first; more on request, so a huge article lists a page. */
const FIRST_SHOWN = 30;
const MORE = 100;
// One collator for every comparison: `localeCompare` builds one per call, slow over thousands of names.
const byName = new Intl.Collator();

/**
 * The article's entities grouped by type with mention counts; activating one steps through its mentions
 * (`onStep` scrolls to and emphasises the mention), announcing "2 of 4". Each type lists its most mentioned
 * names first and the rest a hundred at a time, so the panel stays small whatever the article's size.
 */
export function EntityPanel({
  entities,
  onStep,
}: {
  entities: readonly Entity[];
  onStep: (mention: Entity) => void;
}) {
  const [step, setStep] = useState<{ key: string; index: number } | null>(null);
  const [shown, setShown] = useState<Readonly<Record<string, number>>>({});
  const groups = useMemo(() => {
    const byType = new Map<string, Map<string, Group>>();
    for (const e of entities) {
      const forType = byType.get(e.type) ?? new Map<string, Group>();
      byType.set(e.type, forType);
      const g = forType.get(e.canonical) ?? { canonical: e.canonical, mentions: [] };
      forType.set(e.canonical, g);
      g.mentions.push(e);
    }
    return ENTITY_TYPES.map((type) => ({
      type,
      items: [...(byType.get(type)?.values() ?? [])]
        .map((g) => ({ ...g, mentions: g.mentions.sort((a, b) => a.start - b.start) }))
        .sort((a, b) => b.mentions.length - a.mentions.length || byName.compare(a.canonical, b.canonical)),
    })).filter((g) => g.items.length > 0);
  }, [entities]);

  if (groups.length === 0) return <p className="muted">No entities found.</p>;
  return (
    <nav className="entity-panel" aria-label="Entities in this article">
      {groups.map(({ type, items }) => (
        <section key={type} aria-label={TYPE_LABELS[type]}>
          <h3>
            <span className={`legend-swatch entity entity-${type.toLowerCase()}`} aria-hidden="true">
              {TYPE_LETTERS[type]}
            </span>
            {TYPE_LABELS[type]}
          </h3>
          <ul>
            {items.slice(0, shown[type] ?? FIRST_SHOWN).map((g) => {
              const key = `${type}:${g.canonical}`;
              const current = step?.key === key ? step.index : null;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="entity-button"
                    onClick={() => {
                      const index = current === null ? 0 : (current + 1) % g.mentions.length;
                      setStep({ key, index });
                      onStep(g.mentions[index]!);
                    }}
                  >
                    {g.canonical} <span className="muted">×{g.mentions.length}</span>
                  </button>
                  {current !== null && (
                    <span className="entity-step" aria-live="polite">
                      {current + 1} of {g.mentions.length}
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
              Show more {TYPE_LABELS[type].toLowerCase()} ({items.length - (shown[type] ?? FIRST_SHOWN)} not
              listed)
            </button>
          )}
        </section>
      ))}
    </nav>
  );
}
