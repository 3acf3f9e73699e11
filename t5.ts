import nlp from 'compromise';
const lex = (nlp as any).model().one.lexicon as Record<string, string | string[]>;
const counts: Record<string, number> = {};
for (const [w, t] of Object.entries(lex)) { const k = Array.isArray(t) ? t.join('+') : t; counts[k] = (counts[k] ?? 0) + 1; }
console.log(Object.keys(lex).length, Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 60));
for (const w of ['nintendo','volkswagen','amd','hp','europa','hubble','esa','chiefs','mcdonalds',"mcdonald's",'emirates','brasília','brasilia','keck','doctors without borders','black friday', 'kansas city']) console.log(w, lex[w]);
