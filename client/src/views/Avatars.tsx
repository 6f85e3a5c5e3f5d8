/** Round initials of the people in a document, me first. */
import { roleKey } from '../auth/authText.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { Translate } from '../i18n/i18n.js'
import { colorBadge, initials } from '../identity/person.js'
import type { Present } from '../sync/usePresence.js'
import { useFollow } from './follow/FollowProvider.js'

/**
 * «Анна Петрова — эксперт»: the board role the server stamps on each
 * awareness `user` (usePresence reads it defensively).
 */
function nameWithRole(t: Translate, p: Present): string {
  return p.role ? `${p.name} — ${t(roleKey(p.role))}` : p.name
}

/** Beyond this many, the rest are a «+N». */
const SHOWN = 6

export function Avatars({ people }: { people: Present[] }) {
  const { t } = useI18n()
  const follow = useFollow()
  if (people.length === 0) return null
  const shown = people.slice(0, SHOWN)
  const names = people.map((p) => (p.self ? t('presence.you', { name: p.name }) : p.name)).join(', ')
  return (
    <div className="presence" aria-label={t('presence.label', { count: people.length, names })} role="group">
      <span className="presence__count" aria-hidden="true">
        {t('presence.count', { count: people.length })}
      </span>
      {/* The others' avatars are buttons to follow them (consultation mode); the rest is decoration. */}
      <ul className="avatars" aria-hidden={follow ? undefined : 'true'}>
        {shown.map((p) => (
          <li
            key={p.clientId}
            className={p.self ? 'avatar avatar--self' : 'avatar'}
            style={colorBadge(p.color)}
            title={p.self ? t('presence.you', { name: p.name }) : follow ? undefined : nameWithRole(t, p)}
            data-name={p.name}
            aria-hidden={follow && p.self ? 'true' : undefined}
          >
            {follow && !p.self ? (
              <button
                type="button"
                className="avatar__follow"
                title={t('follow.start', { name: p.name })}
                aria-label={t('follow.start', { name: p.name })}
                aria-pressed={follow.leader?.name === p.name && follow.leader.color === p.color}
                onClick={() => (follow.leader?.name === p.name ? follow.stop() : follow.follow(p))}
              >
                {initials(p.name)}
              </button>
            ) : (
              initials(p.name)
            )}
          </li>
        ))}
        {people.length > SHOWN && (
          <li className="avatar avatar--more" aria-hidden="true">
            +{people.length - SHOWN}
          </li>
        )}
      </ul>
    </div>
  )
}
