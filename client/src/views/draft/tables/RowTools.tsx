/** A row's grip (in a sortable table), up, down and remove (buttons, so the keyboard reorders too). */
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { RowGrip } from './rowSorting.js'

export interface RowToolsProps {
  /** What the row is, for the buttons' labels («Мероприятие «Встреча»»). */
  name: string
  onUp: (() => void) | null
  onDown: (() => void) | null
  onRemove(): void
}

export function RowTools({ name, onUp, onDown, onRemove }: RowToolsProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  if (readOnly) return null
  return (
    <span className="dt-tools">
      <RowGrip name={name} />
      <button type="button" className="button button--quiet dt-tool" aria-label={t('draftTables.up', { name })} title={t('draftTables.upShort')} disabled={!onUp} onClick={() => onUp?.()}>
        ↑
      </button>
      <button type="button" className="button button--quiet dt-tool" aria-label={t('draftTables.down', { name })} title={t('draftTables.downShort')} disabled={!onDown} onClick={() => onDown?.()}>
        ↓
      </button>
      <button type="button" className="button button--quiet dt-tool dt-tool--remove" aria-label={t('draftTables.remove', { name })} title={t('draftTables.removeShort')} onClick={onRemove}>
        ×
      </button>
    </span>
  )
}
