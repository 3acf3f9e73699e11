/** Query keys for articles, shared by every feature that reads or changes them. */
export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  detail: (id: string) => [...articleKeys.all, 'detail', id] as const,
};

/** Query keys for tags. */
export const tagKeys = {
  all: ['tags'] as const,
  list: () => [...tagKeys.all, 'list'] as const,
};

/** Query keys for stored analyses: one article's, and every analysis in the library (entity index). */
export const analysisKeys = {
  all: ['analysis'] as const,
  detail: (articleId: string) => [...analysisKeys.all, 'detail', articleId] as const,
  library: () => [...analysisKeys.all, 'library'] as const,
};

/** Query keys for the analyst's corrections of engine findings. */
export const correctionKeys = {
  all: ['corrections'] as const,
  article: (articleId: string) => [...correctionKeys.all, 'article', articleId] as const,
  library: () => [...correctionKeys.all, 'library'] as const,
};
