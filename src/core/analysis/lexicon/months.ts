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

/** The first three letters of each month name ("Jan" … "Dec"). */
export const MONTH_SHORT_NAMES: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Abbreviated month names as regex sources (an optional full stop; "Sep" and "Sept"; not "May."). */
export const MONTH_ABBREVIATIONS = MONTH_SHORT_NAMES.filter((short) => short !== 'May')
  .map((short) => (short === 'Sep' ? 'Sept?\\.?' : `${short}\\.?`))
  .join('|');

/** The month (1–12) a full or abbreviated month name stands for, in any case ("Sept." is 9); 0 for none. */
export function monthNumber(name: string): number {
  return MONTH_SHORT_NAMES.indexOf(name.charAt(0).toUpperCase() + name.slice(1, 3).toLowerCase()) + 1;
}
