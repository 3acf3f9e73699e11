// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { SpeakersPage } from './speakers-page';

afterEach(cleanup);

describe('speakers page', () => {
  it('says no story is chosen when opened without one, rather than that nobody is quoted', () => {
    renderInApp(<SpeakersPage />, '/speakers');
    expect(screen.getByText(/No story is chosen/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'library' }).getAttribute('href')).toBe('/');
    expect(screen.queryByText(/quotes or cites anyone/)).toBeNull();
  });

  it('says the articles are gone when none of the story is stored any more', async () => {
    renderInApp(<SpeakersPage />, '/speakers?ids=deleted-a,deleted-b');
    expect(await screen.findByText(/None of these articles is in the library any more/)).toBeTruthy();
    expect(screen.queryByText(/quotes or cites anyone/)).toBeNull();
  });
});
