/** Median of a list of numbers (the benchmarks report medians: these machines are shared and noisy). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A clock in milliseconds: wall time by default. */
export type Clock = () => number;

/**
 * This Node process's CPU time (user + system): on a machine shared with other jobs it counts only the
 * work done, not the time spent waiting for a core.
 */
export const cpuClock: Clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs `fn` `runs` times after `warmup` untimed runs and returns the median time in milliseconds. */
export async function timeMedian(
  fn: () => unknown,
  runs = 7,
  warmup = 1,
  clock: Clock = () => performance.now(),
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = clock();
    await fn();
    times.push(clock() - t0);
  }
  return median(times);
}

/** Formats a number of milliseconds for a benchmark line. */
export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}
