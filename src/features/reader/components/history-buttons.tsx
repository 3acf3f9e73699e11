/** Undo and Redo for annotation edits, each disabled while there is no step to take that way. */
export function HistoryButtons({
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}) {
  const steps = [
    ['Undo', canUndo, onUndo],
    ['Redo', canRedo, onRedo],
  ] as const;
  return (
    <div className="history-buttons" role="group" aria-label="Annotation history">
      {steps.map(([name, enabled, onStep]) => (
        <button key={name} type="button" className="button button-small" disabled={!enabled} onClick={onStep}>
          {name}
        </button>
      ))}
    </div>
  );
}
