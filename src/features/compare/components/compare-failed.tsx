import { WorkerTimeoutError } from '../../../workers/jobs-client';

/**
 * Why a comparison could not be shown, in the analyst's words, with a way to try again: a computation that
 * ran past its deadline was stopped (the rest of the page kept working), anything else is named as it came.
 */
export function CompareFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const message =
    error instanceof WorkerTimeoutError
      ? `Comparing these articles took longer than ${Math.round(error.timeoutMs / 1000)} s, so it was stopped. ` +
        'Everything else on this page still works; try again when the machine is less busy, or compare shorter versions.'
      : `Could not compare: ${error instanceof Error ? error.message : String(error)}`;
  return (
    <div role="alert" className="compare-failed">
      <p>{message}</p>
      <button type="button" className="button button-small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
