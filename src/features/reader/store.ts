import { create } from 'zustand';
import type { EntityType } from '../../core/model';

type ReaderState = {
  hiddenTypes: ReadonlySet<EntityType>;
  claimsHidden: boolean;
  toggleType: (type: EntityType) => void;
  toggleClaims: () => void;
};

/** Reader UI state: which highlight layers the analyst has switched off in the legend. */
export const useReaderStore = create<ReaderState>((set) => ({
  hiddenTypes: new Set(),
  claimsHidden: false,
  toggleType: (type) =>
    set((s) => {
      const next = new Set(s.hiddenTypes);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return { hiddenTypes: next };
    }),
  toggleClaims: () => set((s) => ({ claimsHidden: !s.claimsHidden })),
}));
