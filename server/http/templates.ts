/**
 * REST routes for competition templates: the built-in ones (read-only) and
 * curators' copies (kept in the metadata store). A curator duplicates a
 * template (`{copyOf, name}`) or posts a whole one, then edits fields and
 * limits with PUT.
 */
import { Router } from 'express'
import { z } from 'zod'
import { newId } from '../../shared/docId.js'
import { duplicateTemplate, isBuiltInTemplateId, templateSchema, TEMPLATE_ID_PATTERN, type Template } from '../../shared/templates/index.js'
import { AppError, ErrorCode } from '../errors.js'
import { findTemplate, listAllTemplates } from '../export/templateCatalog.js'
import type { MetaStore } from '../storage/types.js'
import { requireWorkspaceCurator } from './auth.js'
import { parseBody } from './validate.js'

/** Body of `POST /api/templates` that duplicates a template. */
const copySchema = z.object({ copyOf: z.string().regex(TEMPLATE_ID_PATTERN), name: z.string().trim().min(1).max(200) }).strict()

const isObject = (body: unknown): body is Record<string, unknown> => typeof body === 'object' && body !== null && !Array.isArray(body)

/**
 * A posted template as the schema should see it: `builtIn` (which GET adds)
 * dropped, so the UI can send back what it read, and `id` filled when absent.
 */
function templateBody(body: unknown, id: string): unknown {
  if (!isObject(body)) return body
  const { builtIn: _listed, ...rest } = body
  return rest.id === undefined ? { ...rest, id } : rest
}

/** `GET/POST /api/templates`, `GET/PUT/DELETE /api/templates/:id`: everyone signed in reads, workspace curators change. */
export function templatesRouter(meta: MetaStore): Router {
  const router = Router()

  router.get('/', async (_req, res) => {
    res.json(await listAllTemplates(meta))
  })

  router.get('/:id', async (req, res) => {
    const template = await findTemplate(meta, req.params.id)
    if (!template) throw new AppError(ErrorCode.notFound, 'template not found')
    res.json({ ...template, builtIn: isBuiltInTemplateId(template.id) })
  })

  router.post('/', requireWorkspaceCurator, async (req, res) => {
    const body: unknown = req.body
    let template: Template
    if (isObject(body) && 'copyOf' in body) {
      const copy = parseBody(copySchema, body)
      const source = await findTemplate(meta, copy.copyOf)
      if (!source) throw new AppError(ErrorCode.badRequest, `no template to copy: ${copy.copyOf}`)
      template = duplicateTemplate(source, { id: newId(), name: copy.name })
    } else {
      // A whole template; the server gives it an id unless it brings a free one.
      template = parseBody(templateSchema, templateBody(body, newId()))
      if (await findTemplate(meta, template.id)) throw new AppError(ErrorCode.badRequest, `a template with id ${template.id} exists`)
    }
    res.status(201).json({ ...(await meta.saveTemplate(template)), builtIn: false })
  })

  router.put('/:id', requireWorkspaceCurator, async (req, res) => {
    const id = String(req.params.id)
    await assertCustom(meta, id)
    const body: unknown = req.body
    const template = parseBody(templateSchema, templateBody(body, id))
    if (template.id !== id) throw new AppError(ErrorCode.badRequest, 'the template id cannot change')
    res.json({ ...(await meta.saveTemplate(template)), builtIn: false })
  })

  router.delete('/:id', requireWorkspaceCurator, async (req, res) => {
    await assertCustom(meta, String(req.params.id))
    await meta.deleteTemplate(String(req.params.id))
    res.status(204).end()
  })

  return router
}

/** 400 for a built-in template (read-only), 404 for an unknown one. */
async function assertCustom(meta: MetaStore, id: string): Promise<void> {
  if (isBuiltInTemplateId(id)) throw new AppError(ErrorCode.badRequest, 'built-in templates are read-only: duplicate it with POST /api/templates {copyOf, name}')
  if (!(await meta.listTemplates()).some((t) => t.id === id)) throw new AppError(ErrorCode.notFound, 'template not found')
}
