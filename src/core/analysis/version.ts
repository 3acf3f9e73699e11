/**
 * Version of the engine's output; stored analyses made by an older version are re-run. In its own module so
 * the UI can check stored analyses without bundling the engine into the first route.
 */
export const ENGINE_VERSION = 95;
