import { Component, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** What failed, in words: the error's name and message, or a route's status. */
function describeError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * What a crashed view shows instead of a blank page: what failed (as text), that the stored data is untouched,
 * and a way out (reload, or the library).
 */
export function ErrorReport({ error, where }: { error: unknown; where: string }) {
  return (
    <main className="page error-report" aria-labelledby="error-title">
      <h1 id="error-title">{where} failed</h1>
      <p role="alert">
        Something went wrong while showing it. Your articles, annotations and tags are safe: nothing stored
        was changed.
      </p>
      <pre className="error-detail">{describeError(error)}</pre>
      <p className="error-actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        {/* A plain link, not the router's: the router itself may be what failed. */}
        <a className="button" href="/">
          Back to the library
        </a>
      </p>
    </main>
  );
}

/** The routes' `errorElement`: a view that throws while loading or rendering shows this inside the shell. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorReport error={error} where="This view" />;
}

/** The last line of defence around the router and providers: any render error there shows the report. */
export class ShellErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    if (this.state.error) return <ErrorReport error={this.state.error} where="The workbench" />;
    return this.props.children;
  }
}
