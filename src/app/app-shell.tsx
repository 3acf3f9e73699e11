import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
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
          <NavLink to="/tags">Tags</NavLink>
          <NavLink to="/outlets">Outlets</NavLink>
          <NavLink to="/timeline">Timeline</NavLink>
        </nav>
        <SearchBox />
        <ImportControls />
        <ImportStatus />
        <BackgroundAnalysis />
      </header>
      <div id="main" className="shell-main">
        <Outlet />
      </div>
      <DropOverlay />
      <Toasts />
    </div>
  );
}
