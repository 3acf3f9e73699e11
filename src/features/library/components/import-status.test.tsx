// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { useImportStore, type FilePatch } from '../import-store';
import { ImportStatus } from './import-status';

beforeEach(() => useImportStore.setState({ files: [], latestStart: '', panelOpen: false, expanded: true }));
afterEach(cleanup);

const enqueue = (names: string[]) => {
  let keys: string[] = [];
  act(() => void (keys = useImportStore.getState().enqueue(names)));
  return keys;
};
const report = (patches: [string, FilePatch][]) =>
  act(() => void useImportStore.getState().updateMany(new Map(patches)));
const row = (name: string) => screen.getByText(name).closest('li')!;
/** The panel beside the header's import button, where the focus goes once nothing is left to show. */
const renderWithImportButton = () =>
  renderInApp(
    <>
      <button id="import-files" type="button">
        Import files…
      </button>
      <ImportStatus />
    </>,
  );

describe('import status panel', () => {
  it('counts files as they finish and names why a file was not imported', async () => {
    renderInApp(<ImportStatus />);
    expect(screen.queryByRole('region', { name: 'Import status' })).toBeNull();

    const [ferry, scan, frost] = enqueue(['ferry.txt', 'scan.pdf', 'frost.html']);
    expect(screen.getByRole('heading', { name: 'Import in progress' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Files processed' }).getAttribute('value')).toBe('0');

    report([
      [ferry!, { state: 'imported', articleIds: ['art-ferry'] }],
      [scan!, { state: 'failed', message: 'The PDF has no text layer: it is a scanned image.' }],
      [frost!, { state: 'working' }],
    ]);
    expect(screen.getByRole('progressbar', { name: 'Files processed' }).getAttribute('value')).toBe('2');
    expect(screen.getByText('2 / 3')).toBeTruthy();
    expect(screen.getByText('1 imported · 1 not imported')).toBeTruthy();
    expect(within(row('scan.pdf')).getByText('Not imported')).toBeTruthy();
    expect(within(row('scan.pdf')).getByText(/no text layer/)).toBeTruthy();
    expect(within(row('frost.html')).getByText('Reading…')).toBeTruthy();
    const link = within(row('ferry.txt')).getByRole('link', { name: 'Imported' });
    expect(link.getAttribute('href')).toBe('/articles/art-ferry');

    report([[frost!, { state: 'duplicate', articleIds: ['art-frost'], message: 'Already in the library.' }]]);
    expect(screen.getByRole('heading', { name: /Import finished/ })).toBeTruthy();
    expect(within(row('frost.html')).getByText('Already in the library')).toBeTruthy();
  });

  it('folded over files an earlier import could not take, counts only those', () => {
    renderInApp(<ImportStatus />);
    const [scan, empty] = enqueue(['scan.pdf', 'empty.txt']);
    report([
      [scan!, { state: 'failed', message: 'The PDF has no text layer: it is a scanned image.' }],
      [empty!, { state: 'failed', message: 'The file is empty.' }],
    ]);
    act(() => useImportStore.setState({ expanded: false }));
    const folded = screen.getByRole('region', { name: 'Import status' });
    expect(within(folded).getByText('2 not imported')).toBeTruthy();
    expect(within(folded).queryByText(/imported ·/)).toBeNull();
  });

  it('folds when an import ends cleanly, opens again for details and the next import, clears finished files', async () => {
    const user = userEvent.setup();
    renderInApp(<ImportStatus />);
    const [first] = enqueue(['budget.txt']);
    report([[first!, { state: 'imported', articleIds: ['a1'] }]]);

    // A clean import folds to one line, so the panel never sits over the view the analyst turns to next.
    const folded = screen.getByRole('region', { name: 'Import status' });
    expect(within(folded).getByText('1 imported')).toBeTruthy();
    expect(within(folded).queryByText('budget.txt')).toBeNull();
    await user.click(within(folded).getByRole('button', { name: 'Details' }));
    expect(screen.getByText('budget.txt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Close import status' }));
    expect(screen.queryByRole('region', { name: 'Import status' })).toBeNull();

    // The next import lists its own files: the clean one before it is in the library.
    const [orchard] = enqueue(['orchard.txt', 'quay.txt']);
    expect(screen.getByRole('region', { name: 'Import status' })).toBeTruthy();
    expect(screen.queryByText('budget.txt')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear finished' }).hasAttribute('disabled')).toBe(true);

    report([[orchard!, { state: 'failed', message: 'The file is empty.' }]]);
    await user.click(screen.getByRole('button', { name: 'Clear finished' }));
    // Once the journal has let it go.
    await waitFor(() => expect(screen.queryByText('orchard.txt')).toBeNull());
    expect(within(row('quay.txt')).getByText('Waiting')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear finished' }).hasAttribute('disabled')).toBe(true);
  });

  it('counts each import on its own; earlier failures stay apart until dismissed from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithImportButton();
    const [empty, photo] = enqueue(['empty.txt', 'photo.txt']);
    report([
      [empty!, { state: 'failed', message: 'The file is empty.' }],
      [photo!, { state: 'failed', message: 'This is a PNG image, not an article.' }],
    ]);
    const [ferry, frost, dam] = enqueue(['ferry.txt', 'frost.txt', 'dam.txt']);
    report([
      [ferry!, { state: 'imported', articleIds: ['a1'] }],
      [frost!, { state: 'imported', articleIds: ['a2'] }],
      [dam!, { state: 'imported', articleIds: ['a3'] }],
    ]);

    // The new import's count is its own; the earlier failures are named as such, beside it.
    const status = screen.getByRole('region', { name: 'Import status' });
    expect(within(status).getByText('3 imported')).toBeTruthy();
    expect(within(status).getByText('Earlier imports: 2 not imported')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Files processed' }).getAttribute('max')).toBe('3');
    await user.click(within(status).getByRole('button', { name: 'Details' }));
    expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy();
    const earlier = screen.getByRole('region', { name: 'Earlier imports: 2 not imported' });
    expect(within(earlier).getByText(/PNG image/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Files' })).queryByText('empty.txt')).toBeNull();

    // Dismissed with the keyboard: the focus goes to what stays, the latest import's heading.
    within(earlier).getByRole('button', { name: 'Dismiss earlier failures' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('empty.txt')).toBeNull());
    expect(screen.queryByRole('region', { name: /Earlier imports/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Import finished' }));
    expect(screen.getByText('ferry.txt')).toBeTruthy();
  });

  it('after a reload shows only the earlier failures, and hands the focus to the import button once dismissed', async () => {
    const user = userEvent.setup();
    renderWithImportButton();
    act(() =>
      useImportStore.getState().restore([
        {
          key: '0-old-1',
          name: 'empty.txt',
          state: 'failed',
          message: 'The file is empty.',
          articleIds: [],
        },
      ]),
    );
    const status = screen.getByRole('region', { name: 'Import status' });
    expect(within(status).getByText('Earlier imports: 1 not imported')).toBeTruthy();
    expect(within(status).queryByText(/imported ·|^0 imported/)).toBeNull();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(
      within(status).getByRole('button', { name: 'Dismiss earlier failures' }),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Import status' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import files…' }));
  });
});
