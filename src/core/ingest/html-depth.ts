// Readability's cost grows much faster than the page when elements nest deeply (measured here: 250 nested
// divs 2.2 s, 500 33 s, 1,000 144 s on a loaded machine; 5,000 over 180 s and 50,000 overflow the stack), and
// ordinary news pages nest 15–40 deep. So a cheap scan of the tags flattens whatever sits deeper than the
// limit before any DOM is built: those tags go, their text stays.

/** Elements nested deeper than this lose their tags (their text is kept). */
export const MAX_HTML_DEPTH = 64;

// Elements with no content, and those whose end tag HTML lets authors leave out (the parser closes them
// itself, so they never nest in one another): neither counts towards the depth.
const UNCOUNTED = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp html head body'.split(
    ' ',
  ),
);
// Their content is text, not tags.
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes plaintext'.split(' '));
const BLOCKS = new Set(
  'address article aside blockquote div dl figcaption figure footer h1 h2 h3 h4 h5 h6 header main nav ol pre section table ul'.split(
    ' ',
  ),
);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g;

/** What `flattenDeepHtml` found: the page to parse and how deep its elements nested. */
export type FlattenedHtml = Readonly<{ html: string; depth: number; flattened: number }>;

/**
 * Drops the tags of elements nested deeper than `maxDepth` (a block element becomes `<br>`, so its text
 * stays a paragraph of its own; others become a space). Linear in the page's length; a page within the
 * limit comes back unchanged. `depth` is the deepest nesting seen, `flattened` the number of tags dropped.
 */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): FlattenedHtml {
  let depth = 0;
  let deepest = 0;
  let foreign = 0; // inside <svg> or <math>, where `/>` closes an element
  let flattened = 0;
  const out: string[] = [];
  let last = 0;
  let lower: string | null = null;
  let afterBreak = false;
  let separated = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = m[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign + (closing ? -1 : m[3] ? 0 : 1));
    if (UNCOUNTED.has(name) || (m[3] === '/' && foreign > 0)) continue;
    const level = closing ? depth : depth + 1;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (level <= maxDepth) continue;
    const between = html.slice(last, m.index);
    const blank = between.trim() === '';
    // One separator between two runs of text is enough: 50,000 breaks or spaces in a row cost Readability
    // seconds (it re-reads the text of every ancestor).
    const br: boolean = BLOCKS.has(name) && !(afterBreak && blank);
    const space = !br && !(blank && separated);
    out.push(blank && separated ? '' : between, br ? '<br>' : space ? ' ' : '');
    afterBreak = br || (afterBreak && blank);
    separated = true;
    last = m.index + m[0].length;
    flattened++;
  }
  if (flattened === 0) return { html, depth: deepest, flattened };
  out.push(html.slice(last));
  return { html: out.join(''), depth: deepest, flattened };
}
