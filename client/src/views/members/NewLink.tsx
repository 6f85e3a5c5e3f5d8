/** The link just made, shown once in full with «Скопировать» (selecting the text where copying is not allowed). */
import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'
import { copyText } from './copyText.js'

export function NewLink({ url, onHide }: { url: string; onHide(): void }) {
  const { t } = useI18n()
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null)

  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [url])

  return (
    <div className="new-link" role="group" aria-labelledby={`${id}-note`}>
      <p id={`${id}-note`} className="new-link__note">{t('members.invites.created')}</p>
      <label id={`${id}-label`} className="field__label" htmlFor={`${id}-url`}>
        {t('members.invites.linkLabel')}
      </label>
      <div className="new-link__row">
        <input ref={field} id={`${id}-url`} className="input new-link__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--primary" onClick={() => void copyText(url, field.current).then(setCopied)}>
          {copied === 'copied' ? t('members.invites.copied') : t('members.invites.copy')}
        </button>
        <button type="button" className="button button--quiet" onClick={onHide}>
          {t('members.invites.hide')}
        </button>
      </div>
      <p className="new-link__status" role="status">
        {copied === 'selected' && t('members.invites.copyManual')}
      </p>
    </div>
  )
}
