/**
 * A one-line text that others may change too: shows theirs until I start
 * typing, sends mine on Enter or when I leave the field; Escape gives the
 * last sent text back.
 */
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useSharedText } from '../../components/useSharedText.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface ItemInputProps {
  value: string
  label: string
  placeholder?: string
  maxLength?: number
  onCommit(text: string): void
}

export function ItemInput(props: ItemInputProps) {
  const { readOnly } = useAccess()
  return readOnly ? <ReadValue value={props.value} /> : <EditableItem {...props} />
}

/** A one-line value as text, for whoever may only read («не указано» when empty). */
export function ReadValue({ value }: { value: string }) {
  const { t } = useI18n()
  return <p className={value.trim() === '' ? 'access-value access-value--empty' : 'access-value'}>{value.trim() === '' ? t('access.noValue') : value}</p>
}

function EditableItem({ value, label, placeholder, maxLength, onCommit }: ItemInputProps) {
  const { setText, bind } = useSharedText(value, onCommit)
  return (
    <input
      className="input"
      aria-label={label}
      placeholder={placeholder}
      maxLength={maxLength}
      data-draft-focus=""
      {...bind}
      onChange={(e) => setText(e.target.value)}
    />
  )
}
