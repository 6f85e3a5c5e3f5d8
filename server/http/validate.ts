import type { z } from 'zod'
import { AppError, ErrorCode } from '../errors.js'

/** Parses a request body with a zod schema, or throws a 400 listing each problem. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {})
  if (result.success) return result.data
  const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const summary = details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ')
  throw new AppError(ErrorCode.badRequest, `invalid request body: ${summary}`, details)
}
