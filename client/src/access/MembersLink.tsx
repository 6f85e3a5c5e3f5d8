/** «Участники» in a board's header, for whoever may manage members or invite. */
import { PeopleIcon } from '../components/icons.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { Link, paths } from '../routing/router.js'
import { useAccess } from './BoardAccessProvider.js'

export function MembersLink({ boardId }: { boardId: string }) {
  const { t } = useI18n()
  const access = useAccess()
  if (!access.can('manageMembers') && !access.can('invite')) return null
  return (
    <Link to={paths.members(boardId)} className="button access-members" title={t('access.membersHint')}>
      <PeopleIcon />
      {t('access.members')}
    </Link>
  )
}
