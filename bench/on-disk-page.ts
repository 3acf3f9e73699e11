import { chromium, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Dexie's browser build, for baselines that write to IndexedDB raw in the app's page. */
export const DEXIE_UMD = require.resolve('dexie/dist/dexie.js');
/** MiniSearch's browser build, for the baseline that indexes on the page's own thread. */
export const MINISEARCH_UMD = path.join(path.dirname(require.resolve('minisearch')), '../umd/index.js');

/**
 * Waits until the app's service worker is active, which is once it has precached every built file. A fresh
 * profile is a first visit: until then the browser fetches and stores the whole build (the models included)
 * beside whatever the benchmark measures, while a user has long had it installed before dropping files in.
 */
export async function waitForInstall(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The service worker did not activate within 60 s')), 60_000);
    });
    // The timer goes once the worker is ready: left running, it would reject unobserved during the benchmark.
    await Promise.race([navigator.serviceWorker.ready, timeout]).finally(() => clearTimeout(timer));
  });
}

/**
 * The app at `url` in a fresh Chromium profile on disk (IndexedDB as users have it, not in memory), with
 * `scripts` injected once `ready` shows and the app is installed (`waitForInstall`). `close` ends the
 * browser and deletes the profile.
 */
export async function openOnDisk(
  url: string,
  ready: (page: Page) => Locator,
  scripts: readonly string[],
): Promise<{ page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cw-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    // Baseline libraries are injected as script tags, which the app's own policy rightly refuses.
    bypassCSP: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-sandbox', '--disable-background-networking'],
  });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page).waitFor();
  await waitForInstall(page);
  for (const script of scripts) await page.addScriptTag({ path: script });
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
