import nlp from 'compromise';
const lex = (nlp as any).model().one.lexicon as Record<string, string | string[]>;
const want = /^(Organization|City|Country|Place|Region|SportsTeam|FirstName|MaleName|FemaleName|LastName|Person|Demonym|Honorific|Company|Airport|Religion)/;
const by: Record<string, string[]> = {};
for (const [w, t] of Object.entries(lex)) { const k = Array.isArray(t) ? t.join('+') : t; if (want.test(k)) (by[k] ??= []).push(w); }
for (const [k, v] of Object.entries(by)) console.log(k, v.length, v.slice(0, 12).join(', '));
