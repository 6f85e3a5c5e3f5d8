/** One field of a section: title, number, hint, kind, limits, required, the canvas blocks that feed it. */
import { CANVAS_BLOCKS } from '../../../../shared/schema/initiative.js'
import { FIELD_KINDS, type TemplateField } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { issuesAt, type EditorIssue } from './issues.js'
import { CountInput, IssueList, LinesInput, TextInput } from './inputs.js'
import { ItemTools } from './ItemTools.js'

export interface FieldEditorProps {
  field: TemplateField
  /** `sections.<s>.fields.<f>`. */
  path: string
  issues: readonly EditorIssue[]
  onChange(field: TemplateField): void
  onUp: (() => void) | null
  onDown: (() => void) | null
  onRemove: (() => void) | null
}

const LIMITED_KINDS = new Set(['text', 'rich'])
const COUNTED_KINDS = new Set(['list', 'choice', 'calendarPlan', 'quantResults', 'budget', 'team', 'partners'])

export function FieldEditor({ field, path, issues, onChange, onUp, onDown, onRemove }: FieldEditorProps) {
  const { t } = useI18n()
  const set = (patch: Partial<TemplateField>) => onChange({ ...field, ...patch })
  const name = field.title.trim() === '' ? t('templates.fieldUntitled') : t('templates.quoted', { text: field.title.trim() })
  return (
    <li className="tpl-fieldcard" data-field={field.id}>
      <div className="tpl-fieldcard__head">
        <span className="tpl-fieldcard__kind">{t(`templates.kind.${field.kind}`)}</span>
        <ItemTools name={name} onUp={onUp} onDown={onDown} onRemove={onRemove} />
      </div>
      <IssueList issues={issuesAt(issues, path)} />
      <div className="tpl-grid">
        <TextInput className="tpl-field--number" label={t('templates.number')} path={`${path}.number`} issues={issues} value={field.number} maxLength={16} onChange={(number) => set({ number })} />
        <TextInput className="tpl-field--grow" label={t('templates.fieldTitle')} path={`${path}.title`} issues={issues} value={field.title} onChange={(title) => set({ title })} />
        <div className="field tpl-field tpl-field--kind">
          <label className="field__label tpl-field__label" htmlFor={`${field.id}-kind`}>
            {t('templates.kind')}
          </label>
          <select id={`${field.id}-kind`} className="input" value={field.kind} onChange={(e) => set({ kind: e.target.value as TemplateField['kind'] })}>
            {FIELD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`templates.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextInput label={t('templates.hint')} path={`${path}.hint`} issues={issues} value={field.hint} multiline maxLength={500} onChange={(hint) => set({ hint })} />
      <div className="tpl-grid tpl-grid--limits">
        {LIMITED_KINDS.has(field.kind) && (
          <CountInput label={t('templates.maxChars')} hint={t('templates.maxCharsHint')} path={`${path}.maxChars`} issues={issues} value={field.maxChars} onChange={(maxChars) => set({ maxChars })} />
        )}
        {COUNTED_KINDS.has(field.kind) && (
          <>
            <CountInput label={t('templates.minItems')} path={`${path}.minItems`} issues={issues} value={field.minItems} onChange={(minItems) => set({ minItems })} />
            <CountInput label={t('templates.maxItems')} path={`${path}.maxItems`} issues={issues} value={field.maxItems} onChange={(maxItems) => set({ maxItems })} />
          </>
        )}
        <label className="tpl-check tpl-check--required">
          <input type="checkbox" checked={field.required} onChange={(e) => set({ required: e.target.checked })} />
          {t('templates.required')}
        </label>
      </div>
      {field.kind === 'choice' && (
        <LinesInput label={t('templates.options')} hint={t('templates.optionsHint')} path={`${path}.options`} issues={issues} value={field.options ?? []} onChange={(lines) => set({ options: lines.length > 0 ? lines : undefined })} />
      )}
      <fieldset className="tpl-from">
        <legend className="field__label tpl-field__label">{t('templates.from')}</legend>
        <div className="tpl-from__list">
          {CANVAS_BLOCKS.map((b) => (
            <label key={b.id} className="tpl-check">
              <input
                type="checkbox"
                checked={field.from.includes(b.id)}
                // Kept in the canvas's order, so pre-filled text reads in the grant logic's order.
                onChange={(e) => set({ from: CANVAS_BLOCKS.map((x) => x.id).filter((id) => (id === b.id ? e.target.checked : field.from.includes(id))) })}
              />
              {t(b.labelKey)}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  )
}
