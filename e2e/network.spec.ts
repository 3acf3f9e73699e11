import { expect, fixture, test } from './fixtures/workbench';

const TRACKING_PAGE = `<!doctype html><html><head><title>Tram line extended</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script src="https://analytics.example.com/tag.js"></script></head><body>
<article><h1>Tram line extended</h1>
<p>The city of Porto opened a 4-kilometre extension of its tram line on Sunday, the operator said.</p>
<p>The extension serves 9 new stops and cost 38 million euros, officials said.</p>
<img src="https://tracker.example.com/pixel.gif" alt="">
<iframe src="https://ads.example.com/frame"></iframe>
</article></body></html>`;

test('a whole visit makes no request outside the app origin', async ({ workbench, page, baseURL }) => {
  const outside: string[] = [];
  let inside = 0;
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== new URL(baseURL!).origin) outside.push(request.url());
    else inside++;
  });

  await workbench.open();
  await workbench.drop([
    { name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') },
    { name: 'seabed-scraped.txt', bytes: fixture('seabed-scraped.txt') },
    { name: 'tram.html', mimeType: 'text/html', bytes: Buffer.from(TRACKING_PAGE) },
  ]);
  await workbench.waitForImports(3);
  await workbench.openArticle('Tram line extended');
  await expect(workbench.cleanText).toContainText('4-kilometre extension');
  await page.getByRole('button', { name: 'Show original' }).click();
  await page.getByRole('button', { name: 'Rendered (sanitized)' }).click();
  await expect(
    page.frameLocator('iframe[title="Original page, sanitized"]').getByText('9 new stops'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.openArticle(/Cable Watch/);
  await page.reload();
  await expect(workbench.cleanText).toContainText('pool sonar scans');

  expect(inside).toBeGreaterThan(3); // the listener sees the app's own requests
  expect(outside).toEqual([]);
});

test('the policy refuses outside images, scripts and connections', async ({ page }) => {
  await page.goto('/');
  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const image = new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('refused');
      img.src = 'https://tracker.example.com/pixel.gif';
    });
    const script = new Promise((resolve) => {
      const el = document.createElement('script');
      el.onload = () => resolve('loaded');
      el.onerror = () => resolve('refused');
      el.src = 'https://cdn.example.com/lib.js';
      document.head.append(el);
    });
    const connection = fetch('https://analytics.example.com/collect').then(
      () => 'loaded',
      () => 'refused',
    );
    const results = await Promise.all([image, script, connection]);
    await new Promise((r) => setTimeout(r, 50));
    return { results, violations: [...new Set(violations)].sort() };
  });
  expect(blocked.results).toEqual(['refused', 'refused', 'refused']);
  expect(blocked.violations).toEqual(['connect-src', 'img-src', 'script-src-elem']);
});

test('the page and the preview server carry a same-origin Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("connect-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(header);
});
