import { correctedSpanKey } from '../analysis-corrections';
import { linkLibrary } from '../entities/entity-index';
import type { Analysis, Correction, EntityType } from '../model';

/** The entity a speaker is, by the name and type the library gives it. */
export type SpeakerEntity = Readonly<{ type: EntityType; canonical: string }>;

/**
 * Looks up, per article, the entity a speaker's canonical name stands for, by the library's name for it:
 * the analyst's corrections applied, then the names linked across `analyses` as the entity pages link them
 * ("OLENA KOVALENKO" is Olena Kovalenko; "Kovalenko" in one article is the Olena Kovalenko of another when no
 * other Kovalenko is named). Only what the analysis already links is joined, never names that merely look
 * alike. Null for a speaker that is no entity ("officials", "the city council").
 */
export function linkSpeakerEntities(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
): (articleId: string, canonical: string) => SpeakerEntity | null {
  // Without live ids, linkLibrary keeps every analysis, in order.
  const linked = linkLibrary(analyses, corrections).articles;
  const byArticle = new Map<string, Map<string, SpeakerEntity>>();
  analyses.forEach((analysis, k) => {
    // A correction keeps a mention's span: the engine's mention finds its corrected, linked self by it.
    const bySpan = new Map(linked[k]!.entities.map((e) => [correctedSpanKey(e.start, e.end), e]));
    const names = new Map<string, SpeakerEntity>();
    for (const e of analysis.entities) {
      const to = bySpan.get(correctedSpanKey(e.start, e.end));
      if (to && !names.has(e.canonical)) names.set(e.canonical, { type: to.type, canonical: to.canonical });
    }
    byArticle.set(analysis.articleId, names);
  });
  return (articleId, canonical) => byArticle.get(articleId)?.get(canonical) ?? null;
}

/**
 * How a speaker that is no entity reads in the text: the engine keys it by its words in lower case without a
 * leading determiner ("the Kyiv city council" is "kyiv city council"), and these are the same words as the
 * text writes them ("Kyiv city council"). A key with capitals is a name already and stays as it is.
 */
export function writtenName(canonical: string, text: string): string {
  if (canonical !== canonical.toLowerCase()) return canonical;
  const written = text.slice(text.length - canonical.length);
  return written.toLowerCase() === canonical ? written : canonical;
}
