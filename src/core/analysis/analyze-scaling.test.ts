import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { loadAnalysisModels } from './models';

const models = await loadAnalysisModels();

const NAMES = ['Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Haddad', 'Kowalski', 'Nguyen', 'Silva', 'Brennan'];
const CITIES = ['Lagos', 'Kochi', 'Oslo', 'Lima', 'Hanoi', 'Tunis', 'Quito'];

/**
 * A long article of varied paragraphs with names, quotes, numbers and claims, and a date only at the top:
 * every rule that searched on past its sentence for the next date ran to the end of the text.
 */
function article(bytes: number): string {
  const paragraphs = ['The talks opened on Monday, March 3, 2025, officials said.'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const [a, b, c] = [NAMES[i % 9], NAMES[(i * 4 + 1) % 9], NAMES[(i + 5) % 9]];
    const city = CITIES[i % 7];
    const p =
      `Minister Ana ${a} met ${b} in ${city} to discuss about ${(i % 90) + 10} proposals, officials said. ` +
      `"We are making progress on item ${i}," ${c} told reporters. The delegation is believed to favour ` +
      `the plan, according to sources close to the Port Authority of ${city}.`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, bytes);
}

/**
 * CPU time of `runs` analyses of `text`, in milliseconds: unlike wall time it leaves out the time other
 * processes on a busy machine take (Vitest runs each test file in its own process).
 */
function cpuMs(text: string, runs: number): number {
  const before = process.cpuUsage();
  for (let run = 0; run < runs; run++) analyzeText(text, models);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

describe('analyzeText on long articles', () => {
  it('takes about as long per kilobyte on 1 MB as on 100 KB', { timeout: 60_000 }, () => {
    const small = article(100_000);
    const large = article(1_000_000);
    analyzeText(small, models); // compiles the hot paths before either is timed
    // Ten small texts against one large one, side by side (equal time per kilobyte gives 1); the best of a
    // few rounds is the least disturbed.
    let ratio = Infinity;
    for (let round = 0; round < 3; round++) ratio = Math.min(ratio, cpuMs(large, 1) / cpuMs(small, 10));
    expect(ratio).toBeLessThan(3);
  });
});
