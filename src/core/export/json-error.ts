import { checkJsonDepth } from './json-limits';
import type { ImportError } from './types';

/**
 * Turns a `JSON.parse` failure into a sentence for the analyst: a file that stops mid-way (a download cut
 * short) says it looks truncated, anything else says where the JSON broke.
 */
export function describeJsonError(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const trimmed = json.trimEnd();
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : null;
  const truncated =
    trimmed.length > 0 &&
    (/end of (JSON )?input|unterminated/i.test(message) ||
      (position !== null && position >= trimmed.length - 1));
  if (truncated) return `not valid JSON: the file looks truncated (${message})`;
  return `not valid JSON: ${message}`;
}

/**
 * Parses a file's JSON, or refuses it with a sentence: nested too deep (checked before parsing, and said as
 * `notA`, what the file then is not) or not JSON at all.
 */
export function parseJsonFile(
  json: string,
  notA: string,
): Readonly<{ ok: true; value: unknown }> | ImportError {
  const tooDeep = checkJsonDepth(json);
  if (tooDeep) return { ok: false, error: `${notA}: ${tooDeep}` };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (e) {
    return { ok: false, error: describeJsonError(json, e) };
  }
}
