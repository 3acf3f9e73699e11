/**
 * The deepest nesting of lists and objects a backup or annotation file may have. The workbench's own files
 * reach 7 (a claim's number inside a claim inside an analysis); a file nested thousands deep is hostile and
 * would overflow the stack of whatever walks it, clones it or sends it between threads.
 */
export const MAX_JSON_DEPTH = 64;

/** The largest backup file read: far above a 10,000-article workbench, below what a browser string holds. */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

/** The largest W3C annotation file read (about a million annotations). */
export const MAX_ANNOTATION_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Returns the sentence refusing `json` when its lists and objects nest deeper than `max`, else null. It scans
 * the raw text (skipping strings), so nothing is parsed or built before the file is known to be shallow.
 */
export function checkJsonDepth(json: string, max = MAX_JSON_DEPTH): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return `values are nested more than ${max} levels deep (at character ${i})`;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/** The sentence refusing a file of `bytes` over `max`, else null. */
export function checkFileSize(bytes: number, max: number): string | null {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return bytes > max
    ? `the file is ${mb(bytes)}; the workbench reads files of this kind up to ${mb(max)}`
    : null;
}
