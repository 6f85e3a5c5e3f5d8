/** Up, down and remove for a section, field or article of the template. */
import { useI18n } from '../../i18n/I18nProvider.js'

export interface ItemToolsProps {
  name: string
  onUp: (() => void) | null
  onDown: (() => void) | null
  /** Null when it cannot go (a section's only field). */
  onRemove: (() => void) | null
}

export function ItemTools({ name, onUp, onDown, onRemove }: ItemToolsProps) {
  const { t } = useI18n()
  return (
    <span className="tpl-tools">
      <button type="button" className="button button--quiet button--tool" aria-label={t('templates.upNamed', { name })} disabled={!onUp} onClick={() => onUp?.()}>
        ↑
      </button>
      <button type="button" className="button button--quiet button--tool" aria-label={t('templates.downNamed', { name })} disabled={!onDown} onClick={() => onDown?.()}>
        ↓
      </button>
      <button type="button" className="button button--quiet button--tool tpl-tools__remove" aria-label={t('templates.removeNamed', { name })} disabled={!onRemove} onClick={() => onRemove?.()}>
        {t('templates.remove')}
      </button>
    </span>
  )
}
