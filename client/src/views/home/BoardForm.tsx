/** The fields of a board (title, settlement, district, description), to create one or to change one. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ApiError, BOARD_DESCRIPTION_MAX, BOARD_FIELD_MAX, BOARD_TITLE_MAX, type BoardFields } from '../../api/boards.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { errorText } from '../errorText.js'

interface FormProps {
  heading: string
  initial?: BoardFields
  submitLabel: string
  busyLabel: string
  /** Sends the fields; a thrown ApiError is shown under the form. */
  onSubmit(fields: BoardFields): Promise<void>
  onCancel?: () => void
  className?: string
}

const EMPTY: BoardFields = { title: '', settlement: '', district: '', description: '' }

export function BoardForm({ heading, initial = EMPTY, submitLabel, busyLabel, onSubmit, onCancel, className }: FormProps) {
  const { t } = useI18n()
  const [fields, setFields] = useState<BoardFields>(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const errorId = useId()

  useEffect(() => titleRef.current?.focus(), [])

  const set = (key: keyof BoardFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!fields.title.trim()) {
      setError(t('home.titleRequired'))
      titleRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const trim = (v: string) => v.trim()
      await onSubmit({ title: trim(fields.title), settlement: trim(fields.settlement), district: trim(fields.district), description: trim(fields.description) })
    } catch (err) {
      setError(errorText(t, err instanceof ApiError ? err.code : 'internal'))
      setBusy(false)
    }
  }

  return (
    <form
      className={`form board-form ${className ?? 'panel'}`}
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel()
      }}
    >
      <h2 id={headingId} className="panel__title">
        {heading}
      </h2>
      <div className="form__row">
        <label className="field field--grow">
          <span className="field__label">{t('home.fieldTitle')}</span>
          <input
            ref={titleRef}
            className="input"
            name="title"
            value={fields.title}
            maxLength={BOARD_TITLE_MAX}
            placeholder={t('home.fieldTitlePlaceholder')}
            aria-invalid={error === t('home.titleRequired')}
            aria-describedby={error ? errorId : undefined}
            onChange={set('title')}
          />
        </label>
      </div>
      <div className="form__row board-form__places">
        <label className="field">
          <span className="field__label">{t('home.fieldSettlement')}</span>
          <input
            className="input"
            name="settlement"
            value={fields.settlement}
            maxLength={BOARD_FIELD_MAX}
            placeholder={t('home.fieldSettlementPlaceholder')}
            onChange={set('settlement')}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('home.fieldDistrict')}</span>
          <input
            className="input"
            name="district"
            value={fields.district}
            maxLength={BOARD_FIELD_MAX}
            placeholder={t('home.fieldDistrictPlaceholder')}
            onChange={set('district')}
          />
        </label>
      </div>
      <label className="field board-form__description">
        <span className="field__label">{t('home.fieldDescription')}</span>
        <textarea
          className="input"
          name="description"
          rows={3}
          value={fields.description}
          maxLength={BOARD_DESCRIPTION_MAX}
          placeholder={t('home.fieldDescriptionPlaceholder')}
          onChange={set('description')}
        />
      </label>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
