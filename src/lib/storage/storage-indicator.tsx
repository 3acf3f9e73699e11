import { Link } from 'react-router';
import { useStorageStatus } from './storage-status';
import { formatBytes } from './storage-text';

/**
 * A compact storage line ("Storage: 2.1 MB · not persistent") linking to the Data page, where the full
 * figures and the persistence request are. Renders nothing where the browser gives no figures.
 */
export function StorageIndicator() {
  const status = useStorageStatus().data;
  if (!status) return null;
  return (
    <Link to="/data" className="storage-indicator">
      Storage: {formatBytes(status.usage)}
      {status.persisted ? '' : ' · not persistent'}
    </Link>
  );
}
