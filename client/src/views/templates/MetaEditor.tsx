/** The template's own data: name, short name (file names), competition, edition, longest project. */
import type { Template } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { CountInput, TextInput } from './inputs.js'
import type { EditorIssue } from './issues.js'

export function MetaEditor({ template, issues, onChange }: { template: Template; issues: readonly EditorIssue[]; onChange(template: Template): void }) {
  const { t } = useI18n()
  const set = (patch: Partial<Template>) => onChange({ ...template, ...patch })
  return (
    <section className="section tpl-meta" aria-labelledby="tpl-meta-title">
      <h2 id="tpl-meta-title" className="section__title">
        {t('templates.about')}
      </h2>
      <div className="tpl-grid tpl-grid--meta">
        <TextInput className="tpl-field--grow" label={t('templates.name')} path="name" issues={issues} value={template.name} maxLength={200} onChange={(name) => set({ name })} />
        <TextInput label={t('templates.shortName')} hint={t('templates.shortNameHint')} path="shortName" issues={issues} value={template.shortName} maxLength={40} onChange={(shortName) => set({ shortName })} />
      </div>
      <div className="tpl-grid tpl-grid--meta">
        <TextInput className="tpl-field--grow" label={t('templates.competition')} path="competition" issues={issues} value={template.competition} maxLength={300} onChange={(competition) => set({ competition })} />
        <TextInput label={t('templates.version')} hint={t('templates.versionHint')} path="version" issues={issues} value={template.version} maxLength={100} onChange={(version) => set({ version })} />
        <CountInput label={t('templates.maxProjectMonths')} path="maxProjectMonths" issues={issues} value={template.maxProjectMonths} onChange={(maxProjectMonths) => set({ maxProjectMonths })} />
      </div>
    </section>
  )
}
