export function TemplatesPage() {
  return <main id="main" className="page" />
}
