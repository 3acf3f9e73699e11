import { collectProblems, outletRule } from '../../core/records';
import type { Problems } from './checks';

/** Problems of a stored outlet record (a rename or merge). */
export function validateOutletRecord(value: unknown): Problems {
  return collectProblems(outletRule, value, 'outlet');
}
