import { useEffect } from 'react';
import type { Tag } from '../../../core/model';
import { counted } from '../../../lib/counted';
import { useChangeTag } from '../api/change-tag';
import { useTagUses } from '../api/get-tag-uses';
import { LabelsTable } from './labels-table';
import { RecordRow, RecordTable } from './record-row';

// A hook per row: each row shows its own change's failure.
function TagRow({ tag, uses, others }: { tag: Tag; uses: string; others: readonly Tag[] }) {
  return <RecordRow kind="tag" record={tag} uses={uses} others={others} change={useChangeTag()} />;
}

/**
 * The tag and label manager (`/tags`): rename, recolour, merge and delete tags and the analyst's own
 * annotation labels, each with how often it is used.
 */
export function TagsPage() {
  const { data: uses, isPending } = useTagUses();
  const data = uses?.tags ?? [];
  useEffect(() => {
    document.title = 'Tags · Coverage Workbench';
  }, []);
  return (
    <main className="page" aria-labelledby="tags-title">
      <h1 id="tags-title">Tags</h1>
      {!isPending && data.length === 0 && <p>No tags yet: add them in the reader or the library.</p>}
      {data.length > 0 && (
        <RecordTable label="Tags">
          {data.map(({ tag, uses }) => (
            <TagRow
              key={`${tag.id}:${tag.name}`}
              tag={tag}
              uses={`${counted(uses.articles, 'article')}, ${counted(uses.annotations, 'annotation')}`}
              others={data.map((d) => d.tag).filter((t) => t.id !== tag.id)}
            />
          ))}
        </RecordTable>
      )}
      <h2 id="labels-title">Labels</h2>
      {uses && <LabelsTable labels={uses.labels} />}
    </main>
  );
}
