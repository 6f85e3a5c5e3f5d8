/**
 * REST routes for an initiative's draft: the export as Word or Markdown and
 * the readiness list, both from the server's live document.
 * `:id` is the initiative's id without the `initiative:` prefix.
 */
import { Router } from 'express'
import { z } from 'zod'
import { docId, ID_PATTERN } from '../../shared/docId.js'
import { LANGS } from '../../shared/draft/messages.js'
import { TEMPLATE_ID_PATTERN } from '../../shared/templates/types.js'
import type { StoredUser } from '../auth/authStore.js'
import { assertDocAccess } from '../auth/docAccess.js'
import type { DocManager } from '../docs/docManager.js'
import { AppError, ErrorCode } from '../errors.js'
import { renderDocx } from '../export/docx.js'
import { contentDisposition } from '../export/fileName.js'
import { initiativeExportModel, initiativeReadiness } from '../export/initiativeExport.js'
import { renderMarkdown } from '../export/markdown.js'
import type { AccessDeps } from './app.js'
import { currentUser } from './auth.js'

const FORMATS = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  md: { type: 'text/markdown; charset=utf-8', extension: 'md' },
} as const

const exportQuery = z.object({
  format: z.enum(['docx', 'md']).default('docx'),
  template: z.string().regex(TEMPLATE_ID_PATTERN).optional(),
  lang: z.enum(LANGS).default('ru'),
})
const readinessQuery = exportQuery.omit({ format: true })

/** Parses a query string with a zod schema, or throws a 400 naming each problem. */
function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query)
  if (result.success) return result.data
  const summary = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  throw new AppError(ErrorCode.badRequest, `invalid query: ${summary}`)
}

function initiativeId(raw: string): string {
  if (!ID_PATTERN.test(raw)) throw new AppError(ErrorCode.notFound, 'initiative not found')
  return raw
}

/**
 * `GET /api/initiatives/:id/export?format=docx|md&template=` (the `export` right: curators),
 * `GET /api/initiatives/:id/readiness?template=` (whoever may read the initiative).
 */
export function exportRouter(docs: DocManager, deps: AccessDeps): Router {
  const { meta, boards } = deps
  const router = Router()
  const allowed = (res: Parameters<typeof currentUser>[0], id: string, action: 'read' | 'export') =>
    assertDocAccess(deps.auth, boards, meta, currentUser(res) as StoredUser, docId('initiative', id), action)

  router.get('/:id/export', async (req, res) => {
    const query = parseQuery(exportQuery, req.query)
    await allowed(res, initiativeId(req.params.id), 'export')
    const model = await initiativeExportModel(meta, docs, boards, { initiativeId: initiativeId(req.params.id), templateId: query.template, lang: query.lang })
    const format = FORMATS[query.format]
    const body = query.format === 'docx' ? await renderDocx(model) : Buffer.from(renderMarkdown(model), 'utf8')
    res
      .status(200)
      .set({ 'Content-Type': format.type, 'Content-Disposition': contentDisposition(model.fileTitle, format.extension), 'Cache-Control': 'no-store' })
      .end(body)
  })

  router.get('/:id/readiness', async (req, res) => {
    const query = parseQuery(readinessQuery, req.query)
    await allowed(res, initiativeId(req.params.id), 'read')
    res.set('Cache-Control', 'no-store').json(await initiativeReadiness(meta, docs, { initiativeId: initiativeId(req.params.id), templateId: query.template, lang: query.lang }))
  })

  return router
}
