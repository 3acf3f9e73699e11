import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ENTITY_TYPES, type EntityType } from '../../../core/model';
import { useEntityIndex } from '../api/get-entity-index';
import { useEntityMentions } from '../api/get-entity-mentions';
import '../entities.css';
import { ENTITY_TYPE_NAMES } from '../../../ui/entity-type-names';
import { EntityStatements } from './entity-statements';
import { PassageList } from './passage-list';
import { counted } from '../../../lib/counted';

const NONE: readonly string[] = [];

/** `/entities/:type/:canonical`: every mention of one entity in its sentence, each linking to the reader. */
export function EntityDetailPage() {
  const params = useParams();
  const type = (ENTITY_TYPES as readonly string[]).includes(params.type ?? '')
    ? (params.type as EntityType)
    : 'PERSON';
  const canonical = params.canonical ?? '';
  const index = useEntityIndex();
  // A reader links by its article's name for the entity; the library may know it by a linked one.
  const entry =
    index.data?.find((e) => e.type === type && e.canonical === canonical) ??
    index.data?.find((e) => e.type === type && e.aliases.includes(canonical));
  const name = entry?.canonical ?? canonical;
  const label = entry?.label ?? name;
  const mentions = useEntityMentions(type, name, entry?.aliases ?? NONE, entry?.articleIds ?? NONE);

  useEffect(() => {
    document.title = `${label} · Entities · Coverage Workbench`;
  }, [label]);

  return (
    <main className="page entities-page" aria-labelledby="entity-title">
      <p>
        <Link to="/entities">← All entities</Link>
      </p>
      <h1 id="entity-title">{label}</h1>
      <p className="muted">
        {ENTITY_TYPE_NAMES[type]}
        {entry &&
          ` · ${counted(entry.mentions, 'mention')} in ${counted(entry.articleIds.length, 'article')} · `}
        {entry && <Link to={`/?entity=${encodeURIComponent(name)}`}>Show these articles in the library</Link>}
      </p>
      {index.isSuccess && !entry && <p>No article mentions this entity.</p>}
      {entry && (type === 'PERSON' || type === 'ORG') && (
        <EntityStatements canonical={canonical} articleIds={entry.articleIds} />
      )}
      {mentions.data && mentions.data.length > 0 && <h2>Mentions</h2>}
      {mentions.data && (
        <PassageList name="Mentions" passages={mentions.data} Heading="h2" readLabel="Read at this mention">
          {(m) => (
            <>
              {m.cutBefore && '…'}
              {m.before}
              <mark>{m.text}</mark>
              {m.after}
              {m.cutAfter && '…'}
            </>
          )}
        </PassageList>
      )}
    </main>
  );
}
