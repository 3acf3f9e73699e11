import { readFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// CI keeps only what the run prints: a failed test's trace and error-context file are gone with its machine.
// The error context holds what the page showed when the test failed (its accessibility tree), which is most
// often what tells a flaky wait from a broken view, so it is printed with the failure.
// A reader page's tree runs to ~25,000 characters; the dialog that mattered once came after the first 6,000.
const LIMIT = 40_000;

export default class PageOnFailure implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    const context = result.attachments.find((a) => a.name === 'error-context' && a.path);
    if (!context?.path) return;
    let text: string;
    try {
      text = readFileSync(context.path, 'utf8');
    } catch {
      return;
    }
    // The file repeats the error printed above it: only the page is shown, under "# Page snapshot" or, after
    // a failed `expect` on a locator, as the first YAML block.
    const heading = text.indexOf('# Page snapshot');
    const at = heading >= 0 ? heading : text.indexOf('```yaml');
    if (at >= 0) text = text.slice(at);
    const shown =
      text.length > LIMIT ? `${text.slice(0, LIMIT)}\n… (${text.length - LIMIT} more characters)` : text;
    console.log(`\n── What the page showed when "${test.title}" failed ──\n${shown}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
