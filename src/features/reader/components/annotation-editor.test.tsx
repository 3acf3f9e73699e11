// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationEdit } from '../../../core/model';
import { db } from '../../../db/schema';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { AnnotationEditor } from './annotation-editor';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(cleanup);

/** A new annotation's editor on a quote about a levee, with no labels or tags unless given. */
function renderEditor(
  onSave: (draft: AnnotationEdit) => void,
  props: Partial<Pick<ComponentProps<typeof AnnotationEditor>, 'initial' | 'labels'>> = {},
) {
  renderInApp(
    <AnnotationEditor
      quote="the levee would be raised"
      initial={props.initial ?? { note: '', label: null, tags: [] }}
      labels={props.labels ?? []}
      tags={[]}
      isNew
      conflict={null}
      onSave={onSave}
      onResolve={() => undefined}
      onDelete={() => undefined}
      onClose={() => undefined}
    />,
  );
}

describe('annotation editor', () => {
  it('keeps a tag typed and entered right before Save: Save waits until the tag exists', async () => {
    const onSave = vi.fn<(draft: AnnotationEdit) => void>();
    renderEditor(onSave);
    const field = screen.getByRole('combobox', { name: 'Add tag' });
    fireEvent.change(field, { target: { value: 'flood defences' } });
    // Enter, then Save in the same moment, before the new tag is written.
    act(() => {
      fireEvent.keyDown(field, { key: 'Enter' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const [tag] = await db.tags.toArray();
    expect(tag?.name).toBe('flood defences');
    expect(onSave.mock.calls[0]?.[0].tags).toEqual([tag!.id]);
  });
});

describe('Ctrl+Enter', () => {
  it('saves from any field of the editor, as from the note', () => {
    const onSave = vi.fn<(draft: AnnotationEdit) => void>();
    renderEditor(onSave, {
      initial: { note: 'Check the height', label: null, tags: [] },
      labels: [{ id: 'l1', name: 'Key fact', color: '#0072b2', builtIn: true }],
    });
    const keyFact = screen.getByRole('radio', { name: 'Key fact' });
    fireEvent.click(keyFact);
    fireEvent.keyDown(keyFact, { key: 'Enter', ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith({ note: 'Check the height', label: 'l1', tags: [] });
  });
});
