/** Query keys for articles, shared by every feature that reads or changes them. */
export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  firstScreen: () => [...articleKeys.all, 'first-screen'] as const,
  detail: (id: string) => [...articleKeys.all, 'detail', id] as const,
};

/** Query keys for tags. */
export const tagKeys = {
  all: ['tags'] as const,
  list: () => [...tagKeys.all, 'list'] as const,
};

/** Query keys for the workbench as a whole (record counts on the Data page). */
export const workbenchKeys = {
  all: ['workbench'] as const,
  counts: () => [...workbenchKeys.all, 'counts'] as const,
};

/**
 * Query keys for comparisons. Story groups sit under the article list, so the import and delete
 * invalidations that refresh the list refresh them too.
 */
export const compareKeys = {
  all: ['compare'] as const,
  sides: (ids: readonly string[]) => [...compareKeys.all, 'sides', ids.join(',')] as const,
  pair: (a: string, b: string) => [...compareKeys.all, 'pair', a, b] as const,
  matrix: (ids: readonly string[]) => [...compareKeys.all, 'matrix', ids.join(',')] as const,
  annotationsAll: () => [...compareKeys.all, 'annotations'] as const,
  annotations: (a: string, b: string) => [...compareKeys.annotationsAll(), a, b] as const,
  stories: () => [...articleKeys.list(), 'stories'] as const,
};

/** Query keys for stored analyses: one article's, and every analysis in the library (entity index). */
export const analysisKeys = {
  all: ['analysis'] as const,
  detail: (articleId: string) => [...analysisKeys.all, 'detail', articleId] as const,
  /** The reader's compact findings: under `detail`, so a saved analysis refreshes them too. */
  reader: (articleId: string) => [...analysisKeys.detail(articleId), 'reader'] as const,
  library: () => [...analysisKeys.all, 'library'] as const,
};

/** Query keys for the analyst's corrections of engine findings. */
export const correctionKeys = {
  all: ['corrections'] as const,
  library: () => [...correctionKeys.all, 'library'] as const,
};

/** Query keys for the entity index across the library, one entity's mentions and statements, story speakers. */
export const entityKeys = {
  all: ['entities'] as const,
  index: () => [...entityKeys.all, 'index'] as const,
  articles: (canonical: string) => [...entityKeys.all, 'articles', canonical] as const,
  mentions: (type: string, canonical: string) => [...entityKeys.all, 'mentions', type, canonical] as const,
  statements: (canonical: string) => [...entityKeys.all, 'statements', canonical] as const,
  storySpeakers: (ids: readonly string[]) => [...entityKeys.all, 'story-speakers', ids.join(',')] as const,
};

/** Query keys for annotations: one article's, and every annotation (search, tag counts). */
export const annotationKeys = {
  all: ['annotations'] as const,
  article: (articleId: string) => [...annotationKeys.all, 'article', articleId] as const,
};

/** Query keys for annotation labels and for tag/label use counts. */
export const labelKeys = {
  all: ['labels'] as const,
  list: () => [...labelKeys.all, 'list'] as const,
  uses: () => [...tagKeys.all, 'uses'] as const,
};

/** Query keys for search results; the URL's search parameters are the key. */
export const searchKeys = {
  all: ['search'] as const,
  results: (params: string) => [...searchKeys.all, params] as const,
  rows: (query: string) => [...searchKeys.all, 'row', query] as const,
  row: (query: string, articleId: string) => [...searchKeys.rows(query), articleId] as const,
};

/** Query keys for the browser's storage figures (usage, quota, persistence). */
export const storageKeys = {
  all: ['storage'] as const,
  status: () => [...storageKeys.all, 'status'] as const,
};

/** Query keys for the analyst's outlet records (renames and merges). */
export const outletKeys = {
  all: ['outlets'] as const,
  records: () => [...outletKeys.all, 'records'] as const,
};
