import type { Annotation, Label, Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { RecordSelect } from '../../../ui/record-select';

/** The panel's label and tag filters: ids, or null for any. */
export type AnnotationFilter = Readonly<{ label: string | null; tag: string | null }>;

/** Annotations that pass the panel's label and tag filters (null means any). */
export function filterAnnotations(
  annotations: readonly Annotation[],
  label: string | null,
  tag: string | null,
): Annotation[] {
  return annotations.filter((a) => (!label || a.label === label) && (!tag || a.tags.includes(tag)));
}

/** Labels and tag names by id, looked up once for a whole list rather than searched for each item. */
type Names = Readonly<{ labels: ReadonlyMap<string, Label>; tags: ReadonlyMap<string, string> }>;

function AnnotationItem({
  annotation,
  names,
  current,
  number,
  onOpen,
}: {
  annotation: Annotation;
  names: Names;
  current: boolean;
  /** Its place in text order, as its badge in the text shows it in print. */
  number: number | undefined;
  onOpen: (a: Annotation) => void;
}) {
  const label = annotation.label === null ? undefined : names.labels.get(annotation.label);
  return (
    <li className="annotation-item" aria-current={current || undefined}>
      <button type="button" className="annotation-item-button" onClick={() => onOpen(annotation)}>
        {number !== undefined && <span className="annotation-number">[{number}]</span>}
        <q className="annotation-item-quote">{annotation.target.quote.exact}</q>
        {label && (
          <span className="label-chip" style={{ borderColor: toCssColor(label.color) }}>
            <span
              className="label-swatch"
              style={{ background: toCssColor(label.color) }}
              aria-hidden="true"
            />
            {label.name}
          </span>
        )}
        {annotation.note && <span className="annotation-item-note">{annotation.note}</span>}
        {annotation.tags.length > 0 && (
          <span className="annotation-item-tags">
            {annotation.tags.map((id) => (
              <span key={id} className="tag-chip">
                {names.tags.get(id) ?? '?'}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * A list of annotations as buttons that open them: numbered in text order when `numbers` gives their badges,
 * else a plain list (of those that could not be placed, say).
 */
function AnnotationList({
  name,
  annotations,
  names,
  currentId,
  numbers,
  onOpen,
}: {
  name: string;
  annotations: readonly Annotation[];
  names: Names;
  currentId?: string | null;
  numbers?: ReadonlyMap<string, number>;
  onOpen: (a: Annotation) => void;
}) {
  const items = annotations.map((a) => (
    <AnnotationItem
      key={a.id}
      annotation={a}
      names={names}
      current={a.id === currentId}
      number={numbers?.get(a.id)}
      onOpen={onOpen}
    />
  ));
  const List = numbers ? 'ol' : 'ul';
  return (
    <List className="annotation-list" aria-label={name}>
      {items}
    </List>
  );
}

/** The annotations whose words are no longer in this version of the text, in a section of their own. */
function OrphanList({
  orphans,
  names,
  onOpen,
}: {
  orphans: readonly Annotation[];
  names: Names;
  onOpen: (a: Annotation) => void;
}) {
  return (
    <section aria-labelledby="orphans-title" className="orphans">
      <h3 id="orphans-title">Could not be placed</h3>
      <p className="muted">The words these annotations were on are no longer in this version of the text.</p>
      <AnnotationList name="Could not be placed" annotations={orphans} names={names} onOpen={onOpen} />
    </section>
  );
}

/**
 * The annotations of the article in text order with label and tag filters; clicking one scrolls to it and
 * opens it for editing (j / k step through them). Those that could not be placed in the current text have their own section.
 */
export function AnnotationPanel({
  annotations,
  labels,
  tags,
  currentId,
  numbers,
  filter,
  onFilter,
  onOpen,
  onOpenOrphan,
}: {
  annotations: readonly Annotation[];
  labels: readonly Label[];
  tags: readonly Tag[];
  currentId: string | null;
  numbers: ReadonlyMap<string, number>;
  filter: AnnotationFilter;
  onFilter: (filter: AnnotationFilter) => void;
  onOpen: (a: Annotation) => void;
  onOpenOrphan: (a: Annotation) => void;
}) {
  const shown = filterAnnotations(annotations, filter.label, filter.tag);
  const placed = shown.filter((a) => !a.target.orphaned);
  const orphans = shown.filter((a) => a.target.orphaned);
  const usedTags = tags.filter((t) => annotations.some((a) => a.tags.includes(t.id)));
  const names: Names = {
    labels: new Map(labels.map((l) => [l.id, l])),
    tags: new Map(tags.map((t) => [t.id, t.name])),
  };
  return (
    <section className="annotation-panel" aria-labelledby="annotations-title">
      <h2 id="annotations-title">
        Annotations <span className="muted">({annotations.length})</span>
      </h2>
      <div className="annotation-filters">
        <RecordSelect
          label="Label"
          value={filter.label ?? ''}
          items={labels}
          onChange={(id) => onFilter({ ...filter, label: id || null })}
        />
        <RecordSelect
          label="Tag"
          value={filter.tag ?? ''}
          items={usedTags}
          onChange={(id) => onFilter({ ...filter, tag: id || null })}
        />
      </div>
      {annotations.length === 0 ? (
        <p className="muted">
          Select words in the text and press <kbd>a</kbd> (or the Annotate button) to annotate them.
        </p>
      ) : (
        <AnnotationList
          name="Annotations in text order"
          annotations={placed}
          names={names}
          currentId={currentId}
          numbers={numbers}
          onOpen={onOpen}
        />
      )}
      {orphans.length > 0 && <OrphanList orphans={orphans} names={names} onOpen={onOpenOrphan} />}
    </section>
  );
}
