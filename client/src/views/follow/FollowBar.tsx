/** «Вы следуете за: Анна Петрова · Перестать следовать», under the header while following; a note when the leader left. */
import { useI18n } from '../../i18n/I18nProvider.js'
import { useFollow } from './FollowProvider.js'

export function FollowBar() {
  const { t } = useI18n()
  const follow = useFollow()
  if (!follow) return null
  if (follow.leader) {
    return (
      <div className="follow-bar" role="status" style={{ ['--leader' as string]: follow.leader.color }}>
        <span className="follow-bar__dot" aria-hidden="true" />
        <p className="follow-bar__text">
          <strong>{t('follow.bar', { name: follow.leader.name })}</strong>
          <span className="follow-bar__hint">{t('follow.barHint')}</span>
        </p>
        <button type="button" className="button follow-bar__stop" onClick={follow.stop}>
          {t('follow.stop')}
        </button>
      </div>
    )
  }
  if (follow.ended) {
    return (
      <div className="follow-bar follow-bar--ended" role="status">
        <p className="follow-bar__text">{t('follow.left', { name: follow.ended })}</p>
        <button type="button" className="button button--quiet follow-bar__stop" onClick={follow.dismissEnded}>
          {t('follow.leftClose')}
        </button>
      </div>
    )
  }
  return null
}
