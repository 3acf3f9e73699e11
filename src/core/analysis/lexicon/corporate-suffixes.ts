// The legal forms that follow a company's name ("Microsoft Corp.", "Sorrel Foods, Inc.", "Halden AG").

/** Legal-form words, lower case and without their full stop. */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(
  'corp corporation inc incorporated ltd limited plc ag sa llc co company gmbh nv bv lp llp spa sarl pty'.split(
    ' ',
  ),
);
