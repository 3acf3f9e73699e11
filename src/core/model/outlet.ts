/**
 * The analyst's word on one outlet, keyed by its normalised key (see `core/outlets`): a display name of their
 * choosing, or the outlet it was merged into. Articles keep their raw `source`; these records are applied
 * over it whenever an outlet is shown, so a rename or merge reaches every article, earlier and later ones.
 */
export type OutletRecord = Readonly<{
  key: string;
  /** The name to show instead of the one the articles' sources suggest; null keeps that one. */
  name: string | null;
  /** The key of the outlet this one was merged into; null when it stands on its own. */
  mergedInto: string | null;
  updatedAt: number;
}>;
