/**
 * The readiness check beside the draft: errors, then warnings, each a link to
 * its field or row. On a phone it folds into one line with the counts.
 */
import { readinessMessage, type ReadinessProblem } from '../../../../shared/draft/index.js'
import type { Template } from '../../../../shared/templates/index.js'
import type { Locale, Translate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { jumpToProblem, problemTarget } from './jump.js'
import { useReadiness } from './useDraft.js'

export interface ReadinessPanelProps {
  entry: OpenDoc
  template: Template
  /** Unfolded on a phone (always open beside the form on a wide screen). */
  open: boolean
  onToggle(): void
}

export function ReadinessPanel({ entry, template, open, onToggle }: ReadinessPanelProps) {
  const { t } = useI18n()
  const problems = useReadiness(entry.doc, template)
  const errors = problems.filter((p) => p.severity === 'error')
  const warnings = problems.filter((p) => p.severity === 'warning')
  const summary = [errors.length > 0 && t('draft.readiness.errors', { count: errors.length }), warnings.length > 0 && t('draft.readiness.warnings', { count: warnings.length })]
    .filter(Boolean)
    .join(', ')

  return (
    <section className={open ? 'readiness readiness--open' : 'readiness'} aria-labelledby="readiness-title" data-errors={errors.length} data-warnings={warnings.length}>
      <div className="readiness__head">
        <h3 className="readiness__title" id="readiness-title">
          {t('draft.readiness.title')}
        </h3>
        <p className={`readiness__summary readiness__summary--${errors.length > 0 ? 'bad' : warnings.length > 0 ? 'warn' : 'ok'}`}>{problems.length === 0 ? t('draft.readiness.ok') : summary}</p>
        {problems.length > 0 && (
          <button type="button" className="button button--quiet readiness__toggle" aria-expanded={open} aria-controls="readiness-body" onClick={onToggle}>
            {t(open ? 'draft.readiness.hide' : 'draft.readiness.show')}
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <div className="readiness__body" id="readiness-body">
          <ProblemGroup title={t('draft.readiness.errorsTitle')} problems={errors} severity="error" />
          <ProblemGroup title={t('draft.readiness.warningsTitle')} problems={warnings} severity="warning" />
        </div>
      )}
    </section>
  )
}

/**
 * A problem in words. The over-limit one carries a character count, which
 * the client says with the right plural and grouped digits («5 181 знак»).
 */
export function problemText(p: Pick<ReadinessProblem, 'code' | 'params'>, t: Translate, locale: Locale): string {
  const { count, limit, field } = p.params
  if (p.code === 'field.overLimit' && typeof count === 'number') {
    return t('draft.readiness.overLimit', { field: String(field ?? ''), n: count, count, limit: typeof limit === 'number' ? limit : String(limit ?? '') })
  }
  return readinessMessage(p.code, p.params, locale)
}

function ProblemGroup({ title, problems, severity }: { title: string; problems: ReadinessProblem[]; severity: 'error' | 'warning' }) {
  const { t, locale } = useI18n()
  if (problems.length === 0) return null
  return (
    <div className={`readiness__group readiness__group--${severity}`}>
      <h4 className="readiness__group-title">{title}</h4>
      <ul className="readiness__list">
        {problems.map((p, i) => {
          const target = problemTarget(p)
          const text = problemText(p, t, locale)
          return (
            <li key={`${p.code}-${p.fieldId ?? ''}-${p.rowId ?? ''}-${i}`} className="readiness__item" data-code={p.code}>
              {target ? (
                <a
                  href={`#${target}`}
                  className="readiness__link"
                  onClick={(e) => {
                    if (jumpToProblem(p)) e.preventDefault()
                  }}
                >
                  {text}
                </a>
              ) : (
                <span>{text}</span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
