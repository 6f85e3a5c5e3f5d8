/** The «План модуля» tab: the module's activities by month. */
import type { BoardTabProps } from '../board/tabs.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function PlanTab({ settled }: BoardTabProps) {
  const { t } = useI18n()
  return <section className="section">{!settled && <p className="muted">{t('board.loading')}</p>}</section>
}
