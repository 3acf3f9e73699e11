import { name, nullable, shape, timestamp, type Rule } from './rules';

/** An outlet record: its key, the analyst's name for it or the outlet it was merged into. */
export const outletRule: Rule = shape({
  key: name(200),
  name: nullable(name(200)),
  mergedInto: nullable(name(200)),
  updatedAt: timestamp,
});
