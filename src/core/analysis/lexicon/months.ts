// Month names, for dates and for telling the month "May" from the verb.

/** The twelve month names, capitalised. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Abbreviated month names as regex sources (an optional full stop; "Sep" and "Sept"). */
export const MONTH_ABBREVIATIONS =
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
