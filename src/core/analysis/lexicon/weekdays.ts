// Weekday names, for dates in analysis and in comparison.

/** The seven weekday names, capitalised, Sunday first: a name's index is JavaScript's `getDay()`. */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
