/** A change the manager makes to a tag or a label: rename/recolour, merge into another, or delete. */
export type RecordChange =
  | Readonly<{ kind: 'update'; id: string; name?: string; color?: string }>
  | Readonly<{ kind: 'merge'; id: string; into: string }>
  | Readonly<{ kind: 'delete'; id: string }>;
