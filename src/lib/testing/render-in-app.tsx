import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../query-client';

// happy-dom lays nothing out, so a scrolling box is 0 px high and a virtual list renders no row. Every element
// reports a screenful instead (rows still measure 0 px): virtual lists render their rows as on a tall screen.
function giveElementsAScreenful(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
}

/**
 * Renders `ui` for a component test as the app would: with the app's query client (reads from the test's
 * fake IndexedDB) and a router at `path`.
 */
// A write that fails in a component test is a failure of the test, not a toast nobody reads.
function failOnWriteError(message: string): never {
  throw new Error(`A write failed: ${message}`);
}

export function renderInApp(ui: ReactNode, path = '/'): RenderResult {
  giveElementsAScreenful();
  return render(
    <QueryClientProvider client={createQueryClient(failOnWriteError)}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}
