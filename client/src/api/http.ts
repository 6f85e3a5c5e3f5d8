/** The one way the client calls the REST API: JSON in and out, errors as `ApiError`. */

/** A failed call: `code` is the server's error code, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Calls `path`; resolves to the parsed JSON body (null when empty), throws `ApiError` otherwise. */
export async function call(path: string, init?: RequestInit): Promise<unknown> {
  let res: Response
  try {
    res = await fetch(path, { cache: 'no-store', ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } })
  } catch {
    throw new ApiError('network', 0, 'server not reached')
  }
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // An empty or non-JSON body; the status says enough.
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
    // A proxy or server outage answers 502/503/504 without our error shape.
    const code = typeof err?.code === 'string' ? err.code : res.status >= 502 ? 'network' : 'internal'
    throw new ApiError(code, res.status, typeof err?.message === 'string' ? err.message : res.statusText)
  }
  return body
}
