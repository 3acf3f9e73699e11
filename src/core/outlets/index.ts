export { cleanOutletName, outletKey } from './outlet-key';
export { buildOutletDirectory, finalOutletKey, type Outlet, type OutletDirectory } from './outlet-directory';
