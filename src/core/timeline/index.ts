// Public API of the timeline: its one module, whole.
export * from './timeline';
