/** What a key adds after its family's root and its own name: its arguments, as strings. */
type KeyParts = (...args: never) => readonly string[];

/** A family's keys: `all`, and per name a function of that name's arguments. */
type KeyFamily<Root extends string, Parts extends Record<string, KeyParts>> = Readonly<{
  all: readonly [Root];
}> & {
  readonly [Name in keyof Parts & string]: (
    ...args: Parameters<Parts[Name]>
  ) => readonly [Root, Name, ...ReturnType<Parts[Name]>];
};

/**
 * The query keys of one family: `all` is `[root]`, and each entry of `parts` gives a key
 * `[root, name, ...parts[name](args)]`, so invalidating `all` reaches every key of the family.
 */
function keyFamily<const Root extends string, Parts extends Record<string, KeyParts>>(
  root: Root,
  parts: Parts,
): KeyFamily<Root, Parts> {
  const family: Record<string, unknown> = { all: [root] };
  for (const [name, partsOf] of Object.entries(parts)) {
    family[name] = (...args: never) => [root, name, ...partsOf(...args)];
  }
  return family as KeyFamily<Root, Parts>;
}

/** Query keys for articles, shared by every feature that reads or changes them. */
export const articleKeys = keyFamily('articles', {
  list: () => [],
  firstScreen: () => [],
  detail: (id: string) => [id],
});

/** Query keys for tags. */
export const tagKeys = keyFamily('tags', { list: () => [] });

/** Query keys for the workbench as a whole (record counts on the Data page). */
export const workbenchKeys = keyFamily('workbench', { counts: () => [] });

const compareFamily = keyFamily('compare', {
  sides: (ids: readonly string[]) => [ids.join(',')],
  pair: (a: string, b: string) => [a, b],
  matrix: (ids: readonly string[]) => [ids.join(',')],
  /** One pair's annotations, or with no pair every pair's. */
  annotations: (...pair: [] | [a: string, b: string]) => pair,
});

/**
 * Query keys for comparisons. Story groups sit under the article list, so the import and delete
 * invalidations that refresh the list refresh them too.
 */
export const compareKeys = {
  ...compareFamily,
  stories: () => [...articleKeys.list(), 'stories'] as const,
};

const analysisFamily = keyFamily('analysis', {
  detail: (articleId: string) => [articleId],
  library: () => [],
});

/** Query keys for stored analyses: one article's, and every analysis in the library (entity index). */
export const analysisKeys = {
  ...analysisFamily,
  /** The reader's compact findings: under `detail`, so a saved analysis refreshes them too. */
  reader: (articleId: string) => [...analysisFamily.detail(articleId), 'reader'] as const,
};

/** Query keys for the analyst's corrections of engine findings. */
export const correctionKeys = keyFamily('corrections', { library: () => [] });

/**
 * Query keys for the entity index across the library, one entity's mentions and statements, and the speakers
 * of a story (its article ids) or, with null, of the library.
 */
export const entityKeys = keyFamily('entities', {
  index: () => [],
  articles: (canonical: string) => [canonical],
  mentions: (type: string, canonical: string) => [type, canonical],
  statements: (canonical: string) => [canonical],
  speakers: (ids: readonly string[] | null) => (ids ? ['story', ids.join(',')] : ['library']),
});

/** Query keys for annotations: one article's, and every annotation (search, tag counts). */
export const annotationKeys = keyFamily('annotations', { article: (articleId: string) => [articleId] });

/** Query keys for annotation labels and for tag/label use counts (under tags: tag changes refresh them). */
export const labelKeys = {
  ...keyFamily('labels', { list: () => [] }),
  uses: () => [...tagKeys.all, 'uses'] as const,
};

const searchFamily = keyFamily('search', {
  /** The URL's search parameters are the key. */
  results: (params: string) => [params],
  rows: (query: string) => [query],
});

/** Query keys for search results and for the rows of one query's results, one article each. */
export const searchKeys = {
  ...searchFamily,
  row: (query: string, articleId: string) => [...searchFamily.rows(query), articleId] as const,
};

/** Query keys for the browser's storage figures (usage, quota, persistence). */
export const storageKeys = keyFamily('storage', { status: () => [] });

/** Query keys for the analyst's outlet records (renames and merges). */
export const outletKeys = keyFamily('outlets', { records: () => [] });
