import { describe, expect, it } from 'vitest';
import { describePersistence, describeUsage, formatBytes } from './storage-text';

describe('formatBytes', () => {
  it('picks the unit that keeps the number readable', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(12_800)).toBe('13 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
  });
});

describe('storage sentences', () => {
  const status = { usage: 2 * 1024 * 1024, quota: 4 * 1024 ** 3, persisted: false };

  it('states usage against the quota', () => {
    expect(describeUsage(status)).toBe('Storage: 2.0 MB used of 4.0 GB available');
  });

  it('warns that non-persistent data may be cleared', () => {
    expect(describePersistence(status)).toBe('not persistent (the browser may clear it under pressure)');
    expect(describePersistence({ ...status, persisted: true })).toBe('persistent');
  });
});
