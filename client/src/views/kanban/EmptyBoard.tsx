/** A board without cards: what an initiative card is, and the first step. */
import { useI18n } from '../../i18n/I18nProvider.js'
import { PlusIcon } from '../../components/icons.js'

export function EmptyBoard({ onAdd }: { onAdd(): void }) {
  const { t } = useI18n()
  return (
    <div className="empty kanban__empty">
      <h3 className="empty__title">{t('kanban.emptyTitle')}</h3>
      <p>{t('kanban.emptyWhat')}</p>
      <p className="muted">{t('kanban.emptyHow')}</p>
      <button type="button" className="button button--primary" onClick={onAdd}>
        <PlusIcon />
        {t('kanban.addFirst')}
      </button>
    </div>
  )
}
