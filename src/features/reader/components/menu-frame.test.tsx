// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MenuFrame } from './menu-frame';

afterEach(cleanup);

/** A highlight that opens a menu, as the reader's marks do. */
function Highlight() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <span role="button" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && setOpen(true)}>
        the dam
      </span>
      {open && (
        <MenuFrame label="Highlight actions" position={{ top: 0, left: 0 }} onClose={() => setOpen(false)}>
          <button type="button">Confirm</button>
        </MenuFrame>
      )}
    </>
  );
}

describe('MenuFrame', () => {
  it('takes the focus when it opens and gives it back to the highlight when it closes', async () => {
    const user = userEvent.setup();
    render(<Highlight />);
    const highlight = screen.getByRole('button', { name: 'the dam' });
    act(() => highlight.focus());
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirm' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(highlight);

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(highlight);
  });
});
