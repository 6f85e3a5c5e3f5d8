/** The form that adds an activity to a month or edits one: title, dates, place, owner, status, initiative. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { isIsoDate } from '../../../../shared/schema/board.js'
import { PLAN_LIMITS, PLAN_STATUSES, type PlanItem, type PlanStatus } from '../../../../shared/schema/plan.js'
import type { MessageKey } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePlanView, type PlanValues } from './PlanContext.js'

/** A new activity starts today in the current month, on the 1st in any other. */
const defaultStart = (month: string, today: string) => (today.startsWith(month) ? today : `${month}-01`)

export function PlanItemForm({ item, month }: { item?: PlanItem; month?: string }) {
  const { t } = useI18n()
  const view = usePlanView()
  const id = useId()
  const [values, setValues] = useState<PlanValues>(() =>
    item
      ? { title: item.title, start: item.start, end: item.end, place: item.place, owner: item.owner, status: item.status, initiativeId: item.initiativeId }
      : { title: '', start: defaultStart(month ?? view.today.slice(0, 7), view.today), end: null, place: '', owner: '', status: 'planned', initiativeId: null },
  )
  const [error, setError] = useState<MessageKey | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const set = <K extends keyof PlanValues>(key: K, value: PlanValues[K]) => setValues((v) => ({ ...v, [key]: value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const problem: MessageKey | null = !values.title.trim()
      ? 'plan.titleRequired'
      : !isIsoDate(values.start)
        ? 'plan.startRequired'
        : values.end !== null && values.end < values.start
          ? 'plan.endBeforeStart'
          : null
    setError(problem)
    if (problem) {
      if (problem === 'plan.titleRequired') titleRef.current?.focus()
      return
    }
    const clean = { ...values, end: values.end === values.start ? null : values.end }
    if (item) view.update(item.id, clean)
    else view.create(clean)
  }

  const cards = [...view.cards.values()]
  return (
    <form
      className="plan-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-legend`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') view.closeForm()
      }}
    >
      <h4 id={`${id}-legend`} className="plan-form__title">
        {t(item ? 'plan.formEdit' : 'plan.formNew')}
      </h4>
      <div className="form__row">
        <label className="field field--grow">
          <span className="field__label">{t('plan.field.title')}</span>
          <input
            ref={titleRef}
            className="input"
            name="plan-title"
            value={values.title}
            maxLength={PLAN_LIMITS.title}
            placeholder={t('plan.field.titlePlaceholder')}
            aria-invalid={error === 'plan.titleRequired' || undefined}
            autoFocus
            onChange={(e) => set('title', e.target.value)}
          />
        </label>
      </div>
      <div className="form__row">
        <label className="field">
          <span className="field__label">{t('plan.field.start')}</span>
          <input type="date" className="input" name="plan-start" value={values.start} required aria-invalid={error === 'plan.startRequired' || undefined} onChange={(e) => set('start', e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('plan.field.end')}</span>
          <input
            type="date"
            className="input"
            name="plan-end"
            value={values.end ?? ''}
            min={values.start || undefined}
            aria-invalid={error === 'plan.endBeforeStart' || undefined}
            onChange={(e) => set('end', e.target.value === '' ? null : e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('plan.field.status')}</span>
          <select className="input" name="plan-status" value={values.status} onChange={(e) => set('status', e.target.value as PlanStatus)}>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form__row">
        <label className="field">
          <span className="field__label">{t('plan.field.place')}</span>
          <input className="input" name="plan-place" value={values.place} maxLength={PLAN_LIMITS.place} placeholder={t('plan.field.placePlaceholder')} onChange={(e) => set('place', e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('plan.field.owner')}</span>
          <input
            className="input"
            name="plan-owner"
            value={values.owner}
            maxLength={PLAN_LIMITS.owner}
            placeholder={t('plan.field.ownerPlaceholder')}
            list={`${id}-owners`}
            onChange={(e) => set('owner', e.target.value)}
          />
          <datalist id={`${id}-owners`}>
            {view.owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field__label">{t('plan.field.initiative')}</span>
          <select className="input" name="plan-initiative" value={values.initiativeId ?? ''} onChange={(e) => set('initiativeId', e.target.value || null)}>
            <option value="">{t('plan.noInitiative')}</option>
            {cards.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title || t('plan.untitledCard')}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t(item ? 'plan.save' : 'plan.create')}
        </button>
        <button type="button" className="button" onClick={view.closeForm}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  )
}
