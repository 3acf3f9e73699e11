/**
 * Files larger than this are refused: a news article is kilobytes, and the app parses in memory. Kept in its
 * own module so the UI can check a file's size without bundling the whole ingest code into the first route.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
