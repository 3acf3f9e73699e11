import { loadAnalysisModels } from './src/core/analysis';
import { splitSentences } from './src/core/analysis/sentences';
import { tokenize } from './src/core/analysis/tokens';
import { TAGS } from './src/core/analysis/tagger/tags';
const { tagger } = await loadAnalysisModels();
for (const text of process.argv.slice(2)) {
  const tokens = tokenize(text, splitSentences(text));
  const tags = tagger.tagSentence(text, tokens, 0, tokens.length);
  console.log(tokens.map((t, i) => `${t.text}/${TAGS[tags[i]!]}`).join(' '));
}
