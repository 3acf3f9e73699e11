// Numbers written as words, for reading figures ("three", "forty-five", "a dozen") and comparing them.

/** "zero" to "nineteen": a word's index is its value. */
export const SMALL_NUMBER_WORDS: readonly string[] = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen'
).split(' ');

/** "twenty" to "ninety" at index 2 to 9: a word's value is ten times its index. */
export const TENS_WORDS: readonly string[] = [
  '',
  '',
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
];

/** The value of each number word from "one" to "ninety", with "hundred" and "dozen". */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.fromEntries([
  ...SMALL_NUMBER_WORDS.slice(1).map((word, value) => [word, value + 1] as const),
  ...TENS_WORDS.slice(2).map((word, i) => [word, (i + 2) * 10] as const),
  ['hundred', 100],
  ['dozen', 12],
]);
