import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as ingest } from '../cli/commands/ingest';
import type { Output } from '../cli/run-files';
import { hostileCorpus, writeHostileCorpus } from './hostile-corpus';

describe('hostile corpus through the CLI (issue #20)', () => {
  it('imports each file whole or refuses it with a message naming the file and the limit', async () => {
    const corpus = hostileCorpus();
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
    const paths = [...writeHostileCorpus(dir), '/dev/zero'];
    const lines: Record<string, unknown>[] = [];
    const out: Output = { line: (v) => lines.push(v as Record<string, unknown>), warn: () => {} };
    expect(await ingest(paths, out)).toBe(1);
    const linesOf = (file: string) => lines.filter((l) => l.file === file);
    for (const [i, f] of corpus.entries()) {
      const got = linesOf(paths[i]!);
      const errors = got.flatMap((l) => (typeof l.error === 'string' ? [l.error] : []));
      const texts = got.flatMap((l) => (typeof l.text === 'string' ? [l.text] : []));
      if (f.expect === 'refused') {
        expect({ file: f.name, errors, articles: texts.length }).toEqual({
          file: f.name,
          errors: [expect.stringMatching(f.error!)],
          articles: 0,
        });
      } else {
        expect({ file: f.name, errors, imported: texts.length > 0 }).toEqual({
          file: f.name,
          errors: [],
          imported: true,
        });
        if (f.text) expect(texts.join('\n'), f.name).toContain(f.text);
        if (f.never) expect(texts.join('\n'), f.name).not.toMatch(f.never);
        if (f.minLength) expect(texts.join('').length, f.name).toBeGreaterThan(f.minLength);
      }
    }
    // Not a timed test: the limit only keeps a loaded shared machine from failing it (it takes ~5 s idle).
    expect(linesOf('/dev/zero')).toEqual([
      { file: '/dev/zero', error: expect.stringMatching(/larger than 10\.0 MB \(reading stopped there\)/) },
    ]);
  }, 90_000);
});
