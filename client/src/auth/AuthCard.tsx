/**
 * The frame of the pages outside the app (sign-in, first run, invite links):
 * one card under its heading, which also names the browser tab.
 */
import { useEffect, type ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'

export function AuthCard({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`
  }, [title, t])
  return (
    <main id="main" className="page auth-page">
      <div className={className ? `auth-card ${className}` : 'auth-card'}>
        <h1 className="auth-card__title" tabIndex={-1}>
          {title}
        </h1>
        {children}
      </div>
    </main>
  )
}
