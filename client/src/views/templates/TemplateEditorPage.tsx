export function TemplateEditorPage({ templateId }: { templateId: string }) {
  return <main id="main" className="page" data-template={templateId} />
}
