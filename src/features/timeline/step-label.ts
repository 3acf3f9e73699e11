const month = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A step of the axis in words: "2031", "February 2031", "Mon, 3 Feb 2031"; the whole span is "All years". */
export function describeStep(key: string): string {
  if (key === '') return 'All years';
  if (key.length === 4) return key;
  const date = new Date(`${key.length === 7 ? `${key}-01` : key}T00:00:00Z`);
  return (key.length === 7 ? month : day).format(date);
}
