/**
 * A version compared with today, field by field: changed fields open with
 * added words in green and removed ones struck through in red; unchanged
 * fields folded away under a count.
 */
import { useI18n } from '../../i18n/I18nProvider.js'
import type { Comparison, FieldChange } from './compare.js'
import { fieldName } from './docFields.js'

function Diff({ change }: { change: FieldChange }) {
  const { t } = useI18n()
  if (change.parts.length === 0) return <p className="history-diff history-diff--empty muted">{t('history.emptyValue')}</p>
  return (
    <p className="history-diff">
      {change.parts.map((part, i) =>
        part.op === 'add' ? (
          <ins key={i} className="history-diff__add">
            {part.text}
          </ins>
        ) : part.op === 'del' ? (
          <del key={i} className="history-diff__del">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  )
}

function ChangedField({ change }: { change: FieldChange }) {
  const { t } = useI18n()
  return (
    <div className={`history-field history-field--${change.kind}`}>
      <h4 className="history-field__name">
        {fieldName(change)}
        <span className={`history-badge history-badge--${change.kind}`}>{t(`history.change.${change.kind === 'same' ? 'changed' : change.kind}`)}</span>
      </h4>
      <Diff change={change} />
    </div>
  )
}

export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useI18n()
  const single = comparison.groups.length === 1 && (comparison.groups[0]?.fields.length ?? 0) === 1
  return (
    <div className="history-compare">
      <p className="history-compare__summary" role="status">
        {comparison.changed === 0 ? t('history.noChanges') : t('history.changed', { count: comparison.changed })}
      </p>
      {comparison.changed > 0 && <p className="hint">{t('history.legend')}</p>}
      {comparison.groups.map(({ group, fields }) => {
        const changed = fields.filter((f) => f.kind !== 'same')
        const same = fields.filter((f) => f.kind === 'same')
        return (
          <section key={group} className="history-group">
            {!single && <h3 className="history-group__title">{t(`history.group.${group}`)}</h3>}
            {changed.map((f) => (
              <ChangedField key={f.id} change={f} />
            ))}
            {same.length > 0 && (
              <details className="history-same">
                <summary>{t('history.unchanged', { count: same.length })}</summary>
                {same.map((f) => (
                  <div key={f.id} className="history-field history-field--same">
                    <h4 className="history-field__name">{fieldName(f)}</h4>
                    {f.after.trim() === '' ? <p className="muted">{t('history.emptyValue')}</p> : <p className="history-field__text">{f.after}</p>}
                  </div>
                ))}
              </details>
            )}
          </section>
        )
      })}
    </div>
  )
}
