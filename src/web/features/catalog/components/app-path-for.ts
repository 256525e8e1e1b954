/**
 * The page of the signed-in app that shows the same thing as a catalog page, so that "Sign in"
 * and "Open the workspace" lead on from where the visitor is rather than back to the start.
 */
export function appPathFor(pathname: string, search: string): string {
  const organization = /^\/catalog\/organizations\/([^/]+)$/.exec(pathname);
  if (organization) return `/organizations/${organization[1]}`;
  const ecosystem = /^\/catalog\/ecosystems\/([^/]+)$/.exec(pathname);
  if (ecosystem) return `/ecosystems/${ecosystem[1]}`;
  if (pathname === '/catalog/organizations') return `/organizations${search}`;
  if (pathname === '/catalog/search') return `/search${search}`;
  return '/';
}
