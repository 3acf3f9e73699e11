import type { Article } from '../../../core/model';
import { PALETTE, TagInput } from '../../../ui/tag-input';
import { useCreateTag } from '../api/create-tag';
import { useReaderTags } from '../api/get-tags';
import { useSetArticleTags } from '../api/set-article-tags';

/** The article's tags in the reader header: chips to remove, a field to add (or create) one. */
export function ArticleTags({ article }: { article: Article }) {
  const tags = useReaderTags().data ?? [];
  const setTags = useSetArticleTags(article.id);
  const createTag = useCreateTag();
  return (
    <div className="article-tags" role="group" aria-label="Article tags">
      <TagInput
        tags={tags}
        value={article.tags}
        label="Tag this article"
        onChange={(ids) =>
          setTags.mutate({
            add: ids.filter((id) => !article.tags.includes(id)),
            remove: article.tags.filter((id) => !ids.includes(id)),
          })
        }
        onCreate={(name) => createTag.mutateAsync({ name, color: PALETTE[tags.length % PALETTE.length]! })}
      />
    </div>
  );
}
