/**
 * The templates pages carry the zod schema and the editor, which nobody needs
 * until a curator opens them: their own chunk.
 */
import { lazy } from 'react'

const load = () => import('./TemplatesRoutes.js')

export const TemplatesPage = lazy(() => load().then((m) => ({ default: m.TemplatesPage })))
export const TemplateEditorPage = lazy(() => load().then((m) => ({ default: m.TemplateEditorPage })))
