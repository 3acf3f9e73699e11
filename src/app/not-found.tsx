import { Link } from 'react-router';

/** Shown for a URL the workbench has no view for. */
export function NotFound() {
  return (
    <main className="page">
      <h1>Nothing here</h1>
      <p>
        This address does not match any view. <Link to="/">Back to the library</Link>
      </p>
    </main>
  );
}
