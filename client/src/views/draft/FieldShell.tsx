/**
 * One field of the draft: its number and title, a required mark, the hint,
 * the live counter against the limit, and the field's body. The wrapper's id
 * (`draft-field-<fieldId>`) is where readiness links jump.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { TemplateField } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { counterText } from './counterText.js'
import { useFieldCount } from './useDraft.js'

/** Id of a field's wrapper, for jumps from the readiness list and for tests. */
export const fieldElementId = (fieldId: string) => `draft-field-${fieldId}`

export interface FieldShellProps {
  doc: Y.Doc
  field: TemplateField
  /** The number and title shown (a one-field section shows the section's). */
  number: string
  title: string
  /** h3 in a one-field section, h4 under a section's own heading. */
  level: 3 | 4
  children: ReactNode
}

export function FieldShell({ doc, field, number, title, level, children }: FieldShellProps) {
  const { t } = useI18n()
  const base = fieldElementId(field.id)
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <section className={`draft-field draft-field--${field.kind}`} id={base} aria-labelledby={`${base}-title`} data-field={field.id}>
      <div className="draft-field__head">
        <Heading className="draft-field__title" id={`${base}-title`}>
          {number !== '' && <span className="draft-field__number">{number}</span>}
          <span className="draft-field__name">{title}</span>
          {field.required && (
            <abbr className="draft-field__required" title={t('draft.requiredMark')} aria-label={t('draft.requiredMark')}>
              *
            </abbr>
          )}
        </Heading>
        <FieldCounter doc={doc} field={field} title={title} />
      </div>
      {field.hint !== '' && (
        <p className="draft-field__hint" id={`${base}-hint`}>
          {field.hint}
        </p>
      )}
      <div className="draft-field__body">{children}</div>
    </section>
  )
}

/** «1 234 / 5 000 знаков», amber from 90 %, red over; screen readers hear only a change of status. */
function FieldCounter({ doc, field, title }: { doc: Y.Doc; field: TemplateField; title: string }) {
  const { t } = useI18n()
  const count = useFieldCount(doc, field)
  const text = counterText(field, count)
  const previous = useRef(count.status)
  const [announce, setAnnounce] = useState('')

  useEffect(() => {
    if (previous.current === count.status) return
    previous.current = count.status
    const key = count.status === 'red' ? 'draft.counter.red' : count.status === 'amber' ? 'draft.counter.amber' : 'draft.counter.ok'
    setAnnounce(t(key, { field: title }))
  }, [count.status, t, title])

  // A single choice is a select: «0 / 1» says nothing its label does not.
  if (!text || (field.kind === 'choice' && count.max === 1)) return null
  const showMin = count.unit === 'items' && count.min !== null && count.min > 1 && count.min !== count.max
  const tooFew = showMin && count.count > 0 && count.count < (count.min ?? 0)
  return (
    <p className={`draft-counter draft-counter--${count.status}`} id={`${fieldElementId(field.id)}-count`} data-status={count.status} data-count={count.count}>
      <span className="draft-counter__text">{t(text.key, text.params)}</span>
      {showMin && (
        <span className={tooFew ? 'draft-counter__min draft-counter__min--short' : 'draft-counter__min'}>{t('draft.counter.minItems', { min: count.min })}</span>
      )}
      <span className="sr-only" aria-live="polite">
        {announce}
      </span>
    </p>
  )
}
