/**
 * The draft's head: which form it is in (and changing it), the applying
 * organisation, and the way to the templates page.
 */
import { useState } from 'react'
import { draftOrganisation, ORGANISATION_MAX, setDraftOrganisation, switchTemplate, type SwitchReport } from '../../../../shared/draft/index.js'
import type { ListedTemplate, Template } from '../../../../shared/templates/index.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { ItemInput, ReadValue } from './ItemInput.js'
import { TemplatePicker } from './TemplatePicker.js'
import { useDocValue } from './useDraft.js'

export interface DraftHeaderProps {
  entry: OpenDoc
  /** The draft's form; null when this device does not know it. */
  template: Template | null
  templateId: string
  templates: readonly ListedTemplate[]
  projectName: string
}

export function DraftHeader({ entry, template, templateId, templates, projectName }: DraftHeaderProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const doc = entry.doc
  const organisation = useDocValue(doc, draftOrganisation)
  const [asked, setSwitching] = useState(false)
  // A form this device does not know leaves nothing to do but choose one.
  const switching = !readOnly && (asked || template === null)
  const firstOther = templates.find((tpl) => tpl.id !== templateId)?.id ?? ''
  const [picked, setTarget] = useState(firstOther)
  // After a switch the last pick is the form itself, which the picker leaves out.
  const target = picked !== templateId && templates.some((tpl) => tpl.id === picked) ? picked : firstOther
  const [report, setReport] = useState<{ name: string; report: SwitchReport } | null>(null)

  const apply = () => {
    const to = templates.find((tpl) => tpl.id === target)
    if (!to) return
    // An unknown old form: its fields count as "in neither form", and their text still moves.
    const result = switchTemplate(doc, template ?? to, to, { projectName })
    setReport({ name: to.name, report: result })
    setSwitching(false)
  }

  return (
    <div className="draft-head">
      <div className="draft-head__row">
        <p className="draft-head__template">{template ? t('draft.head.template', { name: template.name }) : t('draft.head.unknownTemplate', { id: templateId })}</p>
        <div className="draft-head__links">
          {template && !readOnly && (
            <button type="button" className="button button--quiet" aria-expanded={switching} aria-controls="draft-switch" onClick={() => setSwitching((v) => !v)}>
              {t('draft.head.switch')}
            </button>
          )}
          <Link to={paths.templates()} className="button button--quiet">
            {t('draft.head.templates')}
          </Link>
        </div>
      </div>
      {switching && (
        <div className="draft-switch panel" id="draft-switch">
          <p className="draft-switch__explain">{t('draft.head.switchExplain')}</p>
          <div className="draft-switch__row">
            <TemplatePicker id="draft-switch-template" label={t('draft.head.switchTo')} templates={templates} value={target} onChange={setTarget} exclude={templateId} />
            <div className="draft-switch__actions">
              <button type="button" className="button button--primary" onClick={apply} disabled={firstOther === ''}>
                {t('draft.head.switchApply')}
              </button>
              {template && (
                <button type="button" className="button button--quiet" onClick={() => setSwitching(false)}>
                  {t('draft.head.switchCancel')}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
      {report && <SwitchNotice name={report.name} report={report.report} onClose={() => setReport(null)} />}
      {readOnly ? (
        <div className="field draft-head__organisation">
          <span className="field__label">{t('draft.head.organisation')}</span>
          <ReadValue value={organisation} />
        </div>
      ) : (
        <label className="field draft-head__organisation">
          <span className="field__label">{t('draft.head.organisation')}</span>
          <ItemInput value={organisation} label={t('draft.head.organisation')} placeholder={t('draft.head.organisationPlaceholder')} maxLength={ORGANISATION_MAX} onCommit={(v) => setDraftOrganisation(doc, v)} />
        </label>
      )}
    </div>
  )
}

/** What a template switch did, in a sentence or three; points at «Не вошло в форму» when it was used. */
function SwitchNotice({ name, report, onClose }: { name: string; report: SwitchReport; onClose(): void }) {
  const { t } = useI18n()
  return (
    <div className="notice draft-switched" role="status">
      <p>
        {t('draft.switched', { name })}{' '}
        {report.moved.length > 0 && `${t('draft.switched.moved', { count: report.moved.length })} `}
        {report.prefilled.length > 0 && `${t('draft.switched.prefilled', { count: report.prefilled.length })} `}
        {report.leftover.length > 0 && (
          <a href="#draft-leftover" className="draft-switched__leftover">
            {t('draft.switched.leftover', { count: report.leftover.length })}
          </a>
        )}
      </p>
      {report.leftover.length > 0 && <p className="muted">{t('draft.switched.leftoverHelp')}</p>}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('draft.dismiss')}
      </button>
    </div>
  )
}
