import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { warmSearchIndex } from '../../../workers/search-client';

/**
 * The header's search field: submits to `/search?q=…`, keeping the filters already in the URL. Once the app
 * is idle it has the search worker load the saved index, so the first search does not wait for it.
 */
export function SearchBox() {
  useEffect(() => {
    // Safari has no requestIdleCallback: a short timeout there.
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(warmSearchIndex, 1000);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(warmSearchIndex, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(window.location.pathname === '/search' ? params : undefined);
    if (q.trim()) next.set('q', q.trim());
    else next.delete('q');
    void navigate(`/search?${next.toString()}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <input
        type="search"
        aria-label="Search articles and notes"
        placeholder="Search…"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
    </form>
  );
}
