/** A labelled progress bar (native <progress>, so assistive tech reads it). */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress">
      <progress value={value} max={Math.max(max, 1)} aria-label={label} />
      <span className="progress-text">
        {value} / {max}
      </span>
    </div>
  );
}
