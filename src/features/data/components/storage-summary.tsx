import { useRequestPersistence, useStorageStatus } from '../../../lib/storage/storage-status';
import { describePersistence, describeUsage } from '../../../lib/storage/storage-text';

/**
 * The Data page's storage section: usage against the quota, whether the browser keeps the data under
 * pressure, and, when it does not, a button asking it to.
 */
export function StorageSummary() {
  const status = useStorageStatus();
  const request = useRequestPersistence();
  const data = status.data;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      <p role="status" aria-label="Storage use">
        {data === null
          ? 'This browser does not report how much it stores.'
          : data
            ? `${describeUsage(data)} · ${describePersistence(data)}`
            : 'Measuring…'}
      </p>
      {data && !data.persisted && (
        <div className="data-actions">
          <button
            type="button"
            className="button"
            disabled={request.isPending}
            onClick={() => request.mutate()}
          >
            Ask the browser to keep this data
          </button>
        </div>
      )}
      {request.data === false && (
        <p role="status" className="data-result">
          The browser declined. Browsers keep data for sites that are installed, bookmarked or used often;
          until then, download a backup now and then.
        </p>
      )}
    </section>
  );
}
