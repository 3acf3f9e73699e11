/** Attribute on rendered helpers (claim markers, badges) whose text is not part of the article's clean text. */
export const NO_OFFSET_ATTR = 'data-no-offset';

const ELEMENT = 1;
const TEXT = 3;

function isSkipped(node: Node): boolean {
  return node.nodeType === ELEMENT && (node as Element).hasAttribute(NO_OFFSET_ATTR);
}

function findParagraph(node: Node, root: Node): Element | null {
  for (let n: Node | null = node; n && n !== root.parentNode; n = n.parentNode) {
    if (n.nodeType === ELEMENT && (n as Element).hasAttribute('data-start')) return n as Element;
    if (n === root) break;
  }
  return null;
}

/** Length of clean text inside `node`, not counting helpers marked `data-no-offset`. */
function textLength(node: Node): number {
  if (node.nodeType === TEXT) return (node as Text).data.length;
  if (isSkipped(node)) return 0;
  let sum = 0;
  for (const child of Array.from(node.childNodes)) sum += textLength(child);
  return sum;
}

/** Characters of clean text in `paragraph` before the DOM point (container, offset). */
function textBefore(paragraph: Node, container: Node, offset: number): number | null {
  let sum = 0;
  let found = false;
  const walk = (node: Node): void => {
    if (found) return;
    if (node === container) {
      found = true;
      if (node.nodeType === TEXT) sum += isInsideSkipped(node, paragraph) ? 0 : offset;
      else {
        const kids = Array.from(node.childNodes).slice(0, offset);
        for (const k of kids) sum += textLength(k);
      }
      return;
    }
    if (node.nodeType === TEXT) {
      sum += (node as Text).data.length;
      return;
    }
    if (isSkipped(node)) {
      if (node.contains(container)) found = true;
      return;
    }
    for (const child of Array.from(node.childNodes)) {
      walk(child);
      if (found) return;
    }
  };
  walk(paragraph);
  return found ? sum : null;
}

function isInsideSkipped(node: Node, stop: Node): boolean {
  for (let n: Node | null = node.parentNode; n && n !== stop; n = n.parentNode) if (isSkipped(n)) return true;
  return false;
}

/**
 * The clean-text offset of a DOM point inside text rendered by `HighlightedText` (paragraphs carry
 * `data-start`), or null when the point is outside any paragraph of `root`.
 */
export function domPointToOffset(root: Node, container: Node, offset: number): number | null {
  const paragraph = findParagraph(container, root);
  if (!paragraph || !root.contains(paragraph)) return null;
  const before = textBefore(paragraph, container, offset);
  if (before === null) return null;
  return Number(paragraph.getAttribute('data-start')) + before;
}

/**
 * The clean-text range `[start, end)` of a DOM Range (e.g. the analyst's selection) inside `root`, or null
 * when either end lies outside the rendered paragraphs or the range is empty.
 */
export function rangeToOffsets(
  root: Node,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): { start: number; end: number } | null {
  const start = domPointToOffset(root, range.startContainer, range.startOffset);
  const end = domPointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const [s, e] = start <= end ? [start, end] : [end, start];
  return e > s ? { start: s, end: e } : null;
}

/** The clean-text range of the window's current selection inside `root`, or null when there is none. */
export function selectionToOffsets(
  root: Node,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return rangeToOffsets(root, selection.getRangeAt(0));
}
