/** A version as it was, read-only: its non-empty fields by section, rich text as typed. */
import { RichBlocks } from '../../components/RichBlocks.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { FIELD_GROUPS, fieldName, type DocField } from './docFields.js'

export function VersionView({ fields }: { fields: readonly DocField[] }) {
  const { t } = useI18n()
  const filled = fields.filter((f) => f.text.trim() !== '')
  if (filled.length === 0) return <p className="empty empty--inline">{t('history.viewEmpty')}</p>
  const single = fields.length === 1
  return (
    <div className="history-view">
      {FIELD_GROUPS.map((group) => {
        const inGroup = filled.filter((f) => f.group === group)
        if (inGroup.length === 0) return null
        return (
          <section key={group} className="history-group">
            {!single && <h3 className="history-group__title">{t(`history.group.${group}`)}</h3>}
            {inGroup.map((f) => (
              <div key={f.id} className="history-field">
                {!single && <h4 className="history-field__name">{fieldName(f)}</h4>}
                {f.fragment ? <div className="history-rich"><RichBlocks fragment={f.fragment} live={false} headingLevel={4} /></div> : <p className="history-field__text">{f.text}</p>}
              </div>
            ))}
          </section>
        )
      })}
    </div>
  )
}
