/**
 * The small catalog of errors the API returns: a stable code, an HTTP status
 * and a user-safe message. Internal details go to the log, never to the client;
 * the UI maps codes to Russian or English text.
 */

export const ErrorCode = {
  badRequest: 'bad_request',
  invalidJson: 'invalid_json',
  payloadTooLarge: 'payload_too_large',
  notFound: 'not_found',
  /** No valid session or token. */
  unauthorized: 'unauthorized',
  /** Signed in, but the role does not allow it. */
  forbidden: 'forbidden',
  /** Wrong login or password (one code for both, so logins cannot be probed). */
  invalidCredentials: 'invalid_credentials',
  conflict: 'conflict',
  tooManyRequests: 'too_many_requests',
  internal: 'internal',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

const status: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  payload_too_large: 413,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  invalid_credentials: 401,
  conflict: 409,
  too_many_requests: 429,
  internal: 500,
}

export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.status = status[code]
  }
}

/** The JSON body of an error response. */
export function errorBody(error: AppError): { error: { code: ErrorCode; message: string; details?: unknown } } {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }
}
