/** The compact line at the top of a read-only page: why nothing here can be typed or moved. */
import { EyeIcon } from '../components/icons.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { useAccess } from './BoardAccessProvider.js'

export function ReadOnlyBanner() {
  const { t } = useI18n()
  const access = useAccess()
  if (!access.readOnly) return null
  const message = !access.known ? 'access.unknown' : access.canComment ? 'access.readOnlyComment' : 'access.readOnly'
  return (
    <p className={access.known ? 'access-banner' : 'access-banner access-banner--pending'} role="status" data-access-banner="">
      <EyeIcon />
      <span>{t(message)}</span>
    </p>
  )
}
