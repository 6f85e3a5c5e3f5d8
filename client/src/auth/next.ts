/** Where to go after signing in: only a path of this site, never another site. */

/**
 * `raw` if it is a same-site path (`/b/x`, `/invite/…?a=b`), else `/`.
 * Refuses `//host`, `/\host` (browsers read both as another site), schemes and control characters.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return '/'
  // Back to the sign-in page would be a loop.
  if (/^\/signin(?:[/?#]|$)/.test(raw)) return '/'
  return raw
}

/** The `next` parameter of a query string (`?next=/b/x`), made safe. */
export function nextFrom(search: string): string {
  return safeNext(new URLSearchParams(search).get('next'))
}

/** The path (with query) of a location, to come back to after signing in. */
export function here(loc: Pick<Location, 'pathname' | 'search'>): string {
  return `${loc.pathname}${loc.search}`
}
