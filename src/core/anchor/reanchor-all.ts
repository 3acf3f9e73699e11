import type { AnnotationTarget } from '../model';
import { anchorTarget } from './anchor-target';
import { describeRange } from './describe-range';

/**
 * Re-anchors many targets on one (edited) text and returns new targets in the same order: placed ones
 * described afresh from the new text, the rest kept as they were with `orphaned: true` (never dropped, so
 * a later edit or a manual fix can place them again). Targets are visited in text order and each carries the
 * shift its neighbour saw, so after an insertion most land by one string comparison instead of a search.
 */
export function reanchorAll(text: string, targets: readonly AnnotationTarget[]): AnnotationTarget[] {
  const order = targets
    .map((_, i) => i)
    .sort((a, b) => targets[a]!.position.start - targets[b]!.position.start);
  const out = new Array<AnnotationTarget>(targets.length);
  let shift = 0;
  for (const i of order) {
    const target = targets[i]!;
    const found = anchorTarget(text, target, target.position.start + shift);
    if (found) {
      shift = found.start - target.position.start;
      out[i] = describeRange(text, found.start, found.end);
    } else {
      out[i] = target.orphaned ? target : { ...target, orphaned: true };
    }
  }
  return out;
}
