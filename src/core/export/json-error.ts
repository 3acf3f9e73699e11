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
