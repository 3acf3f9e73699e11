import { useEffect } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { warmUpReader } from '../features/reader/api/prefetch-reader';
import { DropOverlay } from '../features/library/components/drop-overlay';
import { ImportControls } from '../features/library/components/import-controls';
import { ImportStatus } from '../features/library/components/import-status';
import { SearchBox } from '../features/search/components/search-box';
import { BackgroundAnalysis } from './background-analysis';
import { Toasts } from '../ui/toasts';

/**
 * The frame around every view: navigation, import controls and their status (a floating panel while it has
 * something to show, a line in the header after), the window-wide drop target and toasts.
 */
export function AppShell() {
  useEffect(warmUpReader, []);
  // A view's code loads on its first visit, which can take a second on a busy machine; until it is there the
  // previous view stays on screen: the bar (and the pending link) show the click was taken.
  const opening = useNavigation().state === 'loading';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <NavLink to="/" className="brand">
          Coverage Workbench
        </NavLink>
        <nav aria-label="Views" className="shell-nav">
          <NavLink to="/" end>
            Library
          </NavLink>
          <NavLink to="/data">Data</NavLink>
          <NavLink to="/compare">Compare</NavLink>
          <NavLink to="/entities">Entities</NavLink>
          <NavLink to="/speakers">Speakers</NavLink>
          <NavLink to="/tags">Tags</NavLink>
          <NavLink to="/outlets">Outlets</NavLink>
          <NavLink to="/timeline">Timeline</NavLink>
        </nav>
        <SearchBox />
        <ImportControls />
        <ImportStatus />
        <BackgroundAnalysis />
      </header>
      {opening && <div className="route-progress" role="progressbar" aria-label="Opening the view" />}
      <div id="main" className="shell-main" aria-busy={opening || undefined}>
        <Outlet />
      </div>
      <DropOverlay />
      <Toasts />
    </div>
  );
}
