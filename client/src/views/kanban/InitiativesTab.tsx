/** The «Инициативы» tab: the kanban of initiative cards by stage. */
import type { BoardTabProps } from '../board/tabs.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function InitiativesTab({ settled }: BoardTabProps) {
  const { t } = useI18n()
  return <section className="section">{!settled && <p className="muted">{t('board.loading')}</p>}</section>
}
