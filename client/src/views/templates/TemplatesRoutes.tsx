/** The chunk's entry: the templates list and one template's editor. */
export { TemplatesPage } from './TemplatesPage.js'
export { TemplateEditorPage } from './TemplateEditorPage.js'
