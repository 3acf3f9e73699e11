import type { Annotation, Label, Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { AnyOfSelect } from '../../../ui/any-of-select';

/** Annotations that pass the panel's label and tag filters (null means any). */
export function filterAnnotations(
  annotations: readonly Annotation[],
  label: string | null,
  tag: string | null,
): Annotation[] {
  return annotations.filter((a) => (!label || a.label === label) && (!tag || a.tags.includes(tag)));
}

function AnnotationItem({
  annotation,
  labels,
  tags,
  current,
  number,
  onOpen,
}: {
  annotation: Annotation;
  labels: readonly Label[];
  tags: readonly Tag[];
  current: boolean;
  /** Its place in text order, as its badge in the text shows it in print. */
  number: number | undefined;
  onOpen: (a: Annotation) => void;
}) {
  const label = labels.find((l) => l.id === annotation.label);
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
                {tags.find((t) => t.id === id)?.name ?? '?'}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
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
  labelFilter,
  tagFilter,
  onFilter,
  onOpen,
  onOpenOrphan,
}: {
  annotations: readonly Annotation[];
  labels: readonly Label[];
  tags: readonly Tag[];
  currentId: string | null;
  numbers: ReadonlyMap<string, number>;
  labelFilter: string | null;
  tagFilter: string | null;
  onFilter: (filter: { label: string | null; tag: string | null }) => void;
  onOpen: (a: Annotation) => void;
  onOpenOrphan: (a: Annotation) => void;
}) {
  const shown = filterAnnotations(annotations, labelFilter, tagFilter);
  const placed = shown.filter((a) => !a.target.orphaned);
  const orphans = shown.filter((a) => a.target.orphaned);
  const usedTags = tags.filter((t) => annotations.some((a) => a.tags.includes(t.id)));
  return (
    <section className="annotation-panel" aria-labelledby="annotations-title">
      <h2 id="annotations-title">
        Annotations <span className="muted">({annotations.length})</span>
      </h2>
      <div className="annotation-filters">
        <AnyOfSelect
          label="Label"
          value={labelFilter ?? ''}
          items={labels}
          onChange={(id) => onFilter({ label: id || null, tag: tagFilter })}
        />
        <AnyOfSelect
          label="Tag"
          value={tagFilter ?? ''}
          items={usedTags}
          onChange={(id) => onFilter({ label: labelFilter, tag: id || null })}
        />
      </div>
      {annotations.length === 0 ? (
        <p className="muted">
          Select words in the text and press <kbd>a</kbd> (or the Annotate button) to annotate them.
        </p>
      ) : (
        <ol className="annotation-list" aria-label="Annotations in text order">
          {placed.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              labels={labels}
              tags={tags}
              current={a.id === currentId}
              number={numbers.get(a.id)}
              onOpen={onOpen}
            />
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-title" className="orphans">
          <h3 id="orphans-title">Could not be placed</h3>
          <p className="muted">
            The words these annotations were on are no longer in this version of the text.
          </p>
          <ul className="annotation-list" aria-label="Could not be placed">
            {orphans.map((a) => (
              <AnnotationItem
                key={a.id}
                annotation={a}
                labels={labels}
                tags={tags}
                current={false}
                number={undefined}
                onOpen={onOpenOrphan}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
