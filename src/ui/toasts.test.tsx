// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useToastStore } from './toast-store';
import { Toasts } from './toasts';

beforeEach(() => {
  vi.useFakeTimers();
  useToastStore.setState({ toasts: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const show = () =>
  act(() => void useToastStore.getState().show({ message: 'Deleted 3 articles.', onAction: () => {} }));

describe('Toasts', () => {
  it('goes after a while, but not while the pointer is on it or the focus in it', () => {
    render(<Toasts />);
    show();
    const toast = screen.getByText('Deleted 3 articles.').parentElement!;
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.queryByText('Deleted 3 articles.')).not.toBeNull();

    fireEvent.mouseLeave(toast);
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.queryByText('Deleted 3 articles.')).not.toBeNull();

    act(() => screen.getByRole('button', { name: 'Undo' }).blur());
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.queryByText('Deleted 3 articles.')).toBeNull();
  });

  it('is one live region for every toast', () => {
    render(<Toasts />);
    show();
    show();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status', { name: 'Notifications' }).textContent).toContain(
      'Deleted 3 articles.',
    );
  });
});
