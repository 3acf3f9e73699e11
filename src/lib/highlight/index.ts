export { buildSegments, sortMarks } from './segments';
export type { Mark, Segment, SortedMarks } from './segments';
export { HighlightedText } from './highlighted-text';
export type { HighlightedTextHandle, HighlightedTextProps } from './highlighted-text';
export { NO_OFFSET_ATTR, domPointToOffset, selectionToOffsets } from './dom-offsets';
