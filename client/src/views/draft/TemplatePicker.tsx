/** A select of competition templates: name, competition and edition. */
import type { ListedTemplate } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface TemplatePickerProps {
  id: string
  label: string
  templates: readonly ListedTemplate[]
  value: string
  onChange(id: string): void
  /** Template ids left out of the list (the draft's current form). */
  exclude?: string
}

export function TemplatePicker({ id, label, templates, value, onChange, exclude }: TemplatePickerProps) {
  const { t } = useI18n()
  const chosen = templates.find((tpl) => tpl.id === value)
  return (
    <div className="field draft-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} aria-describedby={`${id}-about`} onChange={(e) => onChange(e.target.value)}>
        {templates
          .filter((tpl) => tpl.id !== exclude)
          .map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
      </select>
      {chosen && (
        <p className="draft-picker__about muted" id={`${id}-about`}>
          {t(chosen.version !== '' ? 'draft.templateOptionVersion' : 'draft.templateOption', { name: chosen.name, competition: chosen.competition, version: chosen.version })}
        </p>
      )}
    </div>
  )
}
