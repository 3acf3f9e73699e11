/** Query keys for articles, shared by every feature that reads or changes them. */
export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  detail: (id: string) => [...articleKeys.all, 'detail', id] as const,
};

/** Query keys for tags. */
export const tagKeys = {
  all: ['tags'] as const,
  list: () => [...tagKeys.all, 'list'] as const,
};

/** Query keys for the workbench as a whole (record counts on the Data page). */
export const workbenchKeys = {
  all: ['workbench'] as const,
  counts: () => [...workbenchKeys.all, 'counts'] as const,
};
