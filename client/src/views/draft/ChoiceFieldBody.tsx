/** A choice field (the grant direction, traditional values): a select for one option, checkboxes for several. */
import { choiceValues, setChoiceValues } from '../../../../shared/draft/index.js'
import type { TemplateField } from '../../../../shared/templates/index.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { ReadValue } from './ItemInput.js'
import { useDocValue } from './useDraft.js'

const sameValues = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i])

export function ChoiceFieldBody({ entry, field, label }: { entry: OpenDoc; field: TemplateField; label: string }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const doc = entry.doc
  const values = useDocValue(doc, (d) => choiceValues(d, field.id), sameValues)
  const options = field.options ?? []
  const max = field.maxItems ?? null

  // A reader sees what is chosen, not the options to choose from.
  if (readOnly) return <ReadValue value={values.join('; ')} />

  if (max === 1) {
    // A value from an older form stays visible (the readiness check names it) until someone picks another.
    const current = values[0] ?? ''
    const shown = current !== '' && !options.includes(current) ? [current, ...options] : options
    return (
      <>
        <PrintValue values={values} />
        <select className="input draft-choice__select" aria-label={label} value={current} data-draft-focus="" onChange={(e) => setChoiceValues(doc, field.id, e.target.value === '' ? [] : [e.target.value])}>
        <option value="">{t('draft.choice.none')}</option>
        {shown.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
        </select>
      </>
    )
  }

  const full = max !== null && values.length >= max
  return (
    <fieldset className="draft-choice">
      <legend className="sr-only">{label}</legend>
      <PrintValue values={values} />
      {max !== null && <p className="draft-choice__max muted">{t('draft.choice.max', { count: max })}</p>}
      <ul className="draft-choice__options">
        {options.map((option, i) => {
          const checked = values.includes(option)
          return (
            <li key={option}>
              <label className="draft-choice__option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  data-draft-focus={i === 0 ? '' : undefined}
                  onChange={(e) => setChoiceValues(doc, field.id, e.target.checked ? [...values, option] : values.filter((v) => v !== option))}
                />
                <span>{option}</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

/** What is chosen, as text on paper (the controls do not print). */
function PrintValue({ values }: { values: string[] }) {
  return <p className="draft-print-value">{values.join('; ')}</p>
}
