/**
 * No draft yet: what a draft is, a choice of form and «Сделать черновик
 * проекта». The button waits until the document is in sync (or known to be
 * offline): two people making a draft at once would both pre-fill it.
 */
import { useState } from 'react'
import { createDraft, hasDraft } from '../../../../shared/draft/index.js'
import { CANVAS_BLOCKS, canvasBlockChars } from '../../../../shared/schema/initiative.js'
import { FPG_TEMPLATE_ID, type ListedTemplate } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import type { DocStatus } from '../../sync/useDoc.js'
import { TemplatePicker } from './TemplatePicker.js'
import { useDocValue } from './useDraft.js'

export interface DraftEmptyProps {
  entry: OpenDoc
  status: DocStatus
  templates: readonly ListedTemplate[]
  projectName: string
}

export function DraftEmpty({ entry, status, templates, projectName }: DraftEmptyProps) {
  const { t } = useI18n()
  const [templateId, setTemplateId] = useState(FPG_TEMPLATE_ID)
  const canvasFilled = useDocValue(entry.doc, (d) => CANVAS_BLOCKS.some((b) => canvasBlockChars(d, b.id) > 0))
  const template = templates.find((tpl) => tpl.id === templateId) ?? templates[0]
  // In sync now, or offline with this device's copy read: then what we see is all we can know.
  const offline = !status.synced && status.failing && status.localLoaded
  const ready = status.synced || offline

  const create = () => {
    if (!template || hasDraft(entry.doc)) return
    createDraft(entry.doc, template, { projectName })
    // The button is gone with the empty state: keep the keyboard's place at the draft's heading.
    requestAnimationFrame(() => document.getElementById('draft-title')?.focus({ preventScroll: true }))
  }

  return (
    <div className="empty draft-empty">
      <h3 className="empty__title">{t('draft.empty.title')}</h3>
      <p>{t('draft.empty.what')}</p>
      <p>{t('draft.empty.next')}</p>
      <TemplatePicker id="draft-new-template" label={t('draft.empty.template')} templates={templates} value={template?.id ?? ''} onChange={setTemplateId} />
      {!canvasFilled && <p className="notice draft-empty__notice">{t('draft.empty.canvasEmpty')}</p>}
      {offline && <p className="notice draft-empty__notice">{t('draft.empty.offline')}</p>}
      <button type="button" className="button button--primary draft-empty__create" disabled={!ready || !template} onClick={create}>
        {t('draft.empty.create')}
      </button>
      {!ready && <p className="muted draft-empty__wait">{t('draft.empty.waiting')}</p>}
    </div>
  )
}
