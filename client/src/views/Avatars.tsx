/** Round initials of the people in a document, me first. */
import { useI18n } from '../i18n/I18nProvider.js'
import { initials, textOn } from '../identity/person.js'
import type { Present } from '../sync/usePresence.js'

/** Beyond this many, the rest are a «+N». */
const SHOWN = 6

export function Avatars({ people }: { people: Present[] }) {
  const { t } = useI18n()
  if (people.length === 0) return null
  const shown = people.slice(0, SHOWN)
  const names = people.map((p) => (p.self ? t('presence.you', { name: p.name }) : p.name)).join(', ')
  return (
    <div className="presence" aria-label={t('presence.label', { count: people.length, names })} role="group">
      <span className="presence__count" aria-hidden="true">
        {t('presence.count', { count: people.length })}
      </span>
      <ul className="avatars" aria-hidden="true">
        {shown.map((p) => (
          <li
            key={p.clientId}
            className={p.self ? 'avatar avatar--self' : 'avatar'}
            style={{ backgroundColor: p.color, color: textOn(p.color) }}
            title={p.self ? t('presence.you', { name: p.name }) : p.name}
            data-name={p.name}
          >
            {initials(p.name)}
          </li>
        ))}
        {people.length > SHOWN && <li className="avatar avatar--more">+{people.length - SHOWN}</li>}
      </ul>
    </div>
  )
}
