/**
 * Whether two names are seen in related articles: some article with the one and some article with the other
 * are one article or in one story set, or both name a third entity that few articles name. "ANC" written bare
 * in a piece on South African politics is not the "Al Nour Capital (ANC)" of a piece on a Gulf fund, though
 * that is the only expansion the library spells out: the two pieces share no one. A name in more than
 * max(3, √articles) articles ("United States", the outlet itself) ties no two of them together.
 *
 * `articleNodes[i]` holds article i's names (node indices, each once); `nodeArticles[n]` the articles naming
 * n; `tokenOf[n]` what node n counts as in a context (one person's "Ruiz" and "Ana Ruiz" count as one).
 */
export function makeSharedContext(
  articleNodes: readonly (readonly number[])[],
  nodeArticles: readonly (readonly number[])[],
  tokenOf: readonly number[],
  sets?: readonly string[],
): (a: number, b: number) => boolean {
  const rare = Math.max(3, Math.ceil(Math.sqrt(articleNodes.length)));
  const articlesOfToken = new Map<number, number>();
  const tokens = articleNodes.map((nodes) => [...new Set(nodes.map((n) => tokenOf[n]!))]);
  for (const list of tokens)
    for (const token of list) articlesOfToken.set(token, (articlesOfToken.get(token) ?? 0) + 1);
  const rareTokens = tokens.map((list) => list.filter((t) => articlesOfToken.get(t)! <= rare));
  // The articles read per side are capped: a name in thousands of articles is tied by its first few hundred.
  const CAP = 300;
  const contexts = new Map<number, { articles: Set<number>; tokens: Set<number>; sets: Set<string> }>();
  const contextOf = (a: number) => {
    let context = contexts.get(a);
    if (!context) {
      context = { articles: new Set(), tokens: new Set(), sets: new Set() };
      let read = 0;
      for (const article of nodeArticles[a]!) {
        if (read++ === CAP) break;
        context.articles.add(article);
        if (sets) context.sets.add(sets[article]!);
        for (const token of rareTokens[article]!) context.tokens.add(token);
      }
      contexts.set(a, context);
    }
    return context;
  };
  return (a, b) => {
    const context = contextOf(a);
    const own = [tokenOf[a], tokenOf[b]];
    let read = 0;
    for (const article of nodeArticles[b]!) {
      if (read++ === CAP) break;
      if (context.articles.has(article) || (sets && context.sets.has(sets[article]!))) return true;
      for (const token of rareTokens[article]!)
        if (context.tokens.has(token) && !own.includes(token)) return true;
    }
    return false;
  };
}
