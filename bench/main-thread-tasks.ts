import type { CDPSession, Page } from '@playwright/test';

/** One task of the page's main thread: how long it took (wall) and how much of that the thread ran (CPU). */
export type MainThreadTask = Readonly<{ wallMs: number; cpuMs: number }>;

type TraceEvent = Readonly<{
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: Readonly<{ name?: string }>;
}>;

/**
 * Runs `work` under a Chromium trace and returns every task of the page's main thread with its wall and CPU
 * time. On a loaded machine a task's wall time includes the time the thread waited for a core: a "long task"
 * of 150 ms may be 15 ms of work. Printing both tells a task to split from a busy machine.
 */
export async function traceMainThreadTasks(page: Page, work: () => Promise<void>): Promise<MainThreadTask[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  try {
    await work();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // The page's own renderer is the one that ran the work: the main thread with the most tasks.
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(`${t.pid}:${t.tid}`, (counts.get(`${t.pid}:${t.tid}`) ?? 0) + 1);
  const own = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return tasks
    .filter((t) => `${t.pid}:${t.tid}` === own)
    .map((t) => ({ wallMs: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? 0) / 1000 }));
}
