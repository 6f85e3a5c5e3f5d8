/**
 * The project draft of an initiative: the empty state until a draft exists,
 * then its head, the form, and beside it export and the readiness check.
 */
import { useState } from 'react'
import { draftOrganisation } from '../../../../shared/draft/index.js'
import type { Template } from '../../../../shared/templates/index.js'
import { useTemplates } from '../../api/useTemplates.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import type { DocStatus } from '../../sync/useDoc.js'
import { DraftEmpty } from './DraftEmpty.js'
import { DraftForm } from './DraftForm.js'
import { DraftHeader } from './DraftHeader.js'
import { ExportPanel } from './ExportPanel.js'
import { ReadinessPanel } from './ReadinessPanel.js'
import { useDocValue, useDraftTemplateId } from './useDraft.js'

export interface DraftViewProps {
  cardId: string
  entry: OpenDoc
  status: DocStatus
  /** The card's title: pre-fills the project name, names the file when the server cannot. */
  projectName: string
}

export function DraftView({ cardId, entry, status, projectName }: DraftViewProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const { templates } = useTemplates()
  const templateId = useDraftTemplateId(entry.doc)
  const template = templateId === null ? null : (templates.find((tpl) => tpl.id === templateId) ?? null)

  return (
    <section className="draft" aria-labelledby="draft-title">
      <h2 id="draft-title" className="sr-only" tabIndex={-1}>
        {t('draft.title')}
      </h2>
      {templateId === null && readOnly ? (
        <p className="empty">{t('access.noDraft')}</p>
      ) : templateId === null ? (
        <DraftEmpty entry={entry} status={status} templates={templates} projectName={projectName} />
      ) : (
        <>
          <PrintHead entry={entry} template={template} projectName={projectName} />
          <DraftHeader entry={entry} template={template} templateId={templateId} templates={templates} projectName={projectName} />
          {template && (
            <div className="draft__layout">
              <DraftForm entry={entry} template={template} />
              <DraftAside cardId={cardId} entry={entry} template={template} projectName={projectName} />
            </div>
          )}
        </>
      )}
    </section>
  )
}

/** Export and the readiness check beside the form; a finished export unfolds the check on a phone. */
function DraftAside({ cardId, entry, template, projectName }: { cardId: string; entry: OpenDoc; template: Template; projectName: string }) {
  const [open, setOpen] = useState(false)
  return (
    <aside className="draft__aside">
      <ExportPanel cardId={cardId} templateId={template.id} fallbackName={projectName} onExported={() => setOpen(true)} />
      <ReadinessPanel entry={entry} template={template} open={open} onToggle={() => setOpen((v) => !v)} />
    </aside>
  )
}

/** The title page's lines, on paper only: what the printout is of. */
function PrintHead({ entry, template, projectName }: { entry: OpenDoc; template: Template | null; projectName: string }) {
  const { t } = useI18n()
  const organisation = useDocValue(entry.doc, draftOrganisation)
  return (
    <div className="draft-print-head">
      <p className="draft-print-head__project">{projectName}</p>
      {template && <p>{t('draft.print.competition', { name: `${template.competition}${template.version ? `, ${template.version}` : ''}` })}</p>}
      {organisation !== '' && <p>{t('draft.print.organisation', { name: organisation })}</p>}
    </div>
  )
}
