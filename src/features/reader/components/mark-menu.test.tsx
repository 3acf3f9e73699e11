// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddEntityMenu } from './add-entity-menu';
import { MarkMenu } from './mark-menu';

afterEach(cleanup);

const AT = { top: 0, left: 0 };

describe('the correction menus name entity types as the rest of the UI does', () => {
  it('shows the type of the clicked entity and the type choices by name, never as codes', async () => {
    const onCorrect = vi.fn();
    render(
      <MarkMenu
        position={AT}
        annotations={[]}
        finding={{
          kind: 'entity',
          start: 0,
          end: 9,
          text: 'Ostra Port',
          type: 'ORG',
          canonical: 'Ostra Port',
        }}
        canonicals={[]}
        onOpenAnnotation={() => {}}
        onCorrect={onCorrect}
        onClose={() => {}}
      />,
    );
    const menu = screen.getByRole('dialog', { name: 'Highlight actions' });
    expect(within(menu).getByText('Organisation · Ostra Port')).toBeTruthy();
    const type = within(menu).getByLabelText('Type');
    expect(
      within(type)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Person', 'Organisation', 'Place', 'Group', 'Date', 'Number']);
    expect(menu.textContent).not.toMatch(/\b(?:PERSON|ORG|PLACE|GROUP|DATE|NUMBER)\b/);

    // Picking "Place" by its name still corrects to the type the records keep.
    await userEvent.setup().selectOptions(type, 'Place');
    await userEvent.setup().click(within(menu).getByRole('button', { name: 'Change type' }));
    expect(onCorrect).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Ostra Port' }),
      { kind: 'retype', type: 'PLACE' },
      'mention',
    );
  });

  it('names the type an added entity gets on its button', async () => {
    const onAdd = vi.fn();
    render(<AddEntityMenu position={AT} words="Ostra Port" onAdd={onAdd} onClose={() => {}} />);
    const menu = screen.getByRole('dialog', { name: 'Add entity' });
    await userEvent.setup().selectOptions(within(menu).getByLabelText('Type'), 'Person');
    await userEvent.setup().click(within(menu).getByRole('button', { name: 'Add Person' }));
    expect(onAdd).toHaveBeenCalledWith('PERSON', 'mention');
  });
});
