// A figure with a target: printed with the target beside it, and with MISSED when it misses, so a slow run
// cannot read as a pass. Node benchmarks are checked by bench/run.ts after they ran; a browser benchmark calls
// `failIfMissed` at its end so its Playwright test (and `npm run bench`) fails.

/** What a figure must stay under (`max`) or reach (`min`). */
export type Target = Readonly<{ max: number } | { min: number }>;

const missed: string[] = [];

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  return 'max' in target ? value <= target.max : value >= target.min;
}

/**
 * Prints `label: shown (target …)` and MISSED when `value` misses `target`; `shown` is the value as the
 * benchmark formats it, `unit` the target's unit ("ms", "x"). Returns whether the target was met.
 */
export function check(label: string, value: number, shown: string, target: Target, unit: string): boolean {
  const ok = meets(value, target);
  const goal = 'max' in target ? `≤ ${target.max}${unit}` : `≥ ${target.min}${unit}`;
  console.log(`${label}: ${shown} (target ${goal})${ok ? '' : '  MISSED'}`);
  if (!ok) missed.push(label);
  return ok;
}

/** The labels of every figure that missed its target so far in this process. */
export function missedTargets(): readonly string[] {
  return missed;
}

/** Throws (failing the benchmark's test) when a figure of this process missed its target. */
export function failIfMissed(): void {
  if (missed.length > 0) throw new Error(`MISSED target: ${missed.join('; ')}`);
}
