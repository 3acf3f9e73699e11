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
    expect(screen.getByText('1 not imported')).toBeTruthy();
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

    enqueue(['orchard.txt']);
    expect(screen.getByRole('region', { name: 'Import status' })).toBeTruthy();
    expect(screen.getByText('budget.txt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear finished' }));
    // Once the journal has let them go.
    await waitFor(() => expect(screen.queryByText('budget.txt')).toBeNull());
    expect(within(row('orchard.txt')).getByText('Waiting')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear finished' }).hasAttribute('disabled')).toBe(true);
  });
});
