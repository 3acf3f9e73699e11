import { create } from 'zustand';
import type { EntityType } from '../../core/model';

type EntitiesState = {
  type: EntityType | 'ALL';
  filter: string;
  setType: (type: EntityType | 'ALL') => void;
  setFilter: (filter: string) => void;
};

/** Entity page UI state: the type and text filters. */
export const useEntitiesStore = create<EntitiesState>((set) => ({
  type: 'ALL',
  filter: '',
  setType: (type) => set({ type }),
  setFilter: (filter) => set({ filter }),
}));
