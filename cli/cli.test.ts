import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nestedDivs } from '../scripts/hostile-fixtures';
import { run as analyze } from './commands/analyze';
import { run as ingest } from './commands/ingest';
import type { Output } from './run-files';

const FERRY =
  'Ferry fares rise in April\n\nThe island ferry company said on Monday that fares would rise by six percent in April, citing fuel costs.';
const BRIDGE =
  '# Bridge closes for repairs\n\nThe old swing bridge will close for three weeks from Saturday while engineers replace its bearings, the council said.';

function collect(onLine?: (value: Record<string, unknown>) => void) {
  const lines: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  const out: Output = {
    line: (value) => {
      lines.push(value as Record<string, unknown>);
      onLine?.(value as Record<string, unknown>);
    },
    warn: (text) => warnings.push(text),
  };
  return { out, lines, warnings };
}

const dir = mkdtempSync(path.join(tmpdir(), 'cli-test-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('cli (issue #20, case 6)', () => {
  it('prints each file as soon as it is done: the next file does not exist until the first is printed', async () => {
    const first = write('ferry.txt', FERRY);
    const later = path.join(dir, 'bridge.md');
    const { out, lines } = collect((line) => {
      if (line.file === first) writeFileSync(later, BRIDGE);
    });
    expect(await ingest([first, later], out)).toBe(0);
    expect(lines.map((l) => l.title)).toEqual(['Ferry fares rise in April', 'Bridge closes for repairs']);
  });

  it('prints one {file,error} line per bad file, still prints the good ones, and exits 1', async () => {
    const deep = write('deep-50000.html', nestedDivs(50_000, FERRY.split('\n\n')[1]!));
    const files = [
      write('ferry.txt', FERRY),
      path.join(dir, 'missing.txt'),
      deep,
      dir,
      write('empty.md', ''),
      write('bridge.md', BRIDGE),
    ];
    const { out, lines } = collect();
    expect(await analyze(files, out)).toBe(1);
    // Errors print the moment they happen; analyses after the last file, once entities are linked across files.
    expect(lines.map((l) => [path.basename(String(l.file)), 'error' in l ? 'error' : 'ok'])).toEqual([
      ['missing.txt', 'error'],
      [path.basename(dir), 'error'],
      ['empty.md', 'error'],
      ['ferry.txt', 'ok'],
      ['deep-50000.html', 'ok'],
      ['bridge.md', 'ok'],
    ]);
    expect(lines[0]!.error).toMatch(/^Cannot read .*missing\.txt: ENOENT/);
    expect(lines[1]!.error).toMatch(/it is a folder/);
    expect(lines[2]!.error).toMatch(/empty\.md is empty/);
    expect(lines[4]!.text).toContain('fares would rise by six percent');
  });

  it('refuses an endless input at the size limit without reading the rest', async () => {
    const { out, lines } = collect();
    expect(await ingest(['/dev/zero'], out)).toBe(1);
    expect(lines).toEqual([
      {
        file: '/dev/zero',
        error:
          '/dev/zero is larger than 10.0 MB (reading stopped there); the workbench reads files like this up to 10.0 MB.',
      },
    ]);
  });
});
