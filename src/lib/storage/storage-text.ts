/** What the browser says about this origin's storage: bytes used, bytes it may use, and whether it is kept. */
export type StorageStatus = Readonly<{ usage: number; quota: number; persisted: boolean }>;

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "12 KB", "3.4 MB", "2.0 GB": bytes in the largest unit that keeps the number at or above 1. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit <= 1 ? `${Math.round(value)} ${UNITS[unit]}` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** "Storage: 3.4 MB used of 2.0 GB available": the Data page's usage sentence. */
export function describeUsage(status: StorageStatus): string {
  return `Storage: ${formatBytes(status.usage)} used of ${formatBytes(status.quota)} available`;
}

/** Whether the browser keeps the data under storage pressure, in words. */
export function describePersistence(status: StorageStatus): string {
  return status.persisted ? 'persistent' : 'not persistent (the browser may clear it under pressure)';
}
