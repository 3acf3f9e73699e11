// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tag } from '../core/model';
import { TagInput } from './tag-input';

afterEach(cleanup);

describe('TagInput', () => {
  it('gives the typed name back when creating the tag fails, and adds nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onCreate = vi.fn((): Promise<Tag> => Promise.reject(new Error('QuotaExceededError')));
    render(<TagInput tags={[]} value={[]} onChange={onChange} onCreate={onCreate} />);
    const field = screen.getByRole('combobox', { name: 'Add tag' });
    await user.type(field, 'flood response{Enter}');
    expect(onCreate).toHaveBeenCalledWith('flood response');
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('flood response'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds a tag it created to the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const made: Tag = { id: 't1', name: 'harbour', color: '#336699' };
    render(<TagInput tags={[]} value={[]} onChange={onChange} onCreate={() => Promise.resolve(made)} />);
    await user.type(screen.getByRole('combobox', { name: 'Add tag' }), 'harbour{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(['t1']));
  });
});
