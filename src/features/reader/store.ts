import { create } from 'zustand';
import type { EntityType } from '../../core/model';
import { DEFAULT_CLAIM_FILTER, type ClaimFilter } from './claim-filter';
import { toggled } from '../../lib/toggle-set';

type ReaderState = {
  hiddenTypes: ReadonlySet<EntityType>;
  claimsHidden: boolean;
  claimFilter: ClaimFilter;
  toggleType: (type: EntityType) => void;
  toggleClaims: () => void;
  setClaimFilter: (change: Partial<ClaimFilter>) => void;
};

/** Reader UI state: which highlight layers the analyst has switched off, and which claims they want to see. */
export const useReaderStore = create<ReaderState>((set) => ({
  hiddenTypes: new Set(),
  claimsHidden: false,
  claimFilter: DEFAULT_CLAIM_FILTER,
  toggleType: (type) => set((s) => ({ hiddenTypes: toggled(s.hiddenTypes, type) })),
  toggleClaims: () => set((s) => ({ claimsHidden: !s.claimsHidden })),
  setClaimFilter: (change) => set((s) => ({ claimFilter: { ...s.claimFilter, ...change } })),
}));
