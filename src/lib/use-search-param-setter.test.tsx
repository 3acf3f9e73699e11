// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useSearchParamSetter } from './use-search-param-setter';

afterEach(cleanup);

function Probe() {
  const { set } = useSearchParamSetter();
  const { search } = useLocation();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // A zoom, then a filter, before the zoom has rendered.
          set('at', '2024-05');
          set('tag', 'fire');
        }}
      >
        zoom and filter
      </button>
      <button type="button" onClick={() => set('tag', null)}>
        clear tag
      </button>
      <Link to="?outlet=wire">outlet</Link>
      <output>{search}</output>
    </>
  );
}

const renderProbe = (path = '/timeline') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Probe />
    </MemoryRouter>,
  );

describe('useSearchParamSetter', () => {
  it('keeps a change made just before another, and the parameters already there', () => {
    renderProbe('/timeline?stories=1');
    fireEvent.click(screen.getByRole('button', { name: 'zoom and filter' }));
    const search = new URLSearchParams(screen.getByRole('status').textContent ?? '');
    expect(Object.fromEntries(search)).toEqual({ stories: '1', at: '2024-05', tag: 'fire' });
  });

  it('builds on an address changed elsewhere, and removes a parameter given null', () => {
    renderProbe();
    fireEvent.click(screen.getByRole('button', { name: 'zoom and filter' }));
    fireEvent.click(screen.getByRole('link', { name: 'outlet' }));
    fireEvent.click(screen.getByRole('button', { name: 'clear tag' }));
    expect(screen.getByRole('status').textContent).toBe('?outlet=wire');
  });
});
