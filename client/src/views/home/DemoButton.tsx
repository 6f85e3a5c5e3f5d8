/** Creates the sample module «Палана» and opens it: prominent on an empty home, a quiet link otherwise. */
import { useState } from 'react'
import { ApiError, createDemoBoard, type Board } from '../../api/boards.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { errorText } from '../errorText.js'

export function DemoButton({ quiet = false, onCreated }: { quiet?: boolean; onCreated(board: Board): void }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const open = async () => {
    setBusy(true)
    setError(null)
    try {
      onCreated(await createDemoBoard())
    } catch (err) {
      setError(errorText(t, err instanceof ApiError ? err.code : 'internal'))
      setBusy(false)
    }
  }

  return (
    <div className={quiet ? 'home-demo home-demo--quiet' : 'home-demo'}>
      <button type="button" className={quiet ? 'home-demo__link' : 'button'} onClick={open} disabled={busy} aria-busy={busy}>
        {busy ? t('home.demoCreating') : t(quiet ? 'home.demoQuiet' : 'home.demo')}
      </button>
      {!quiet && <p className="home-demo__what">{t('home.demoWhat')}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
