import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';

describe('exportFileName', () => {
  it('names each export by kind and the local date', () => {
    const day = new Date(2026, 10, 23, 23, 59);
    expect(exportFileName('jsonld', 'jsonld', day)).toBe('coverage-annotations-2026-11-23.jsonld');
    expect(exportFileName('md', 'md', day)).toBe('coverage-report-2026-11-23.md');
    expect(exportFileName('backup', 'json', new Date(2027, 0, 5))).toBe('coverage-backup-2027-01-05.json');
  });
});
