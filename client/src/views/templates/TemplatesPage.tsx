/**
 * Competition templates: the built-in forms (read-only, marked «встроенный»)
 * and curators' copies. Any template can be duplicated under a new name and
 * the copy edited — by workspace curators (others read); offline the list
 * comes from this device and nothing changes.
 */
import { useEffect, useState } from 'react'
import { ApiError } from '../../api/http.js'
import { duplicateTemplateOnServer } from '../../api/templates.js'
import { useTemplates } from '../../api/useTemplates.js'
import { useSession } from '../../auth/SessionProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, navigate, paths } from '../../routing/router.js'
import { errorText } from '../errorText.js'
import { DuplicateForm } from './DuplicateForm.js'
import type { ListedTemplate } from '../../../../shared/templates/index.js'

export function TemplatesPage() {
  const { t } = useI18n()
  const { templates, source, reload } = useTemplates()
  const [copying, setCopying] = useState<string | null>(null)
  const online = source === 'server'
  // The server lets only workspace curators change templates; others see them read-only.
  const curator = useSession().user?.workspaceRole === 'curator'

  useEffect(() => {
    document.title = `${t('templates.title')} — ${t('app.name')}`
  }, [t])

  const duplicate = async (from: ListedTemplate, name: string) => {
    try {
      const copy = await duplicateTemplateOnServer(from.id, name)
      navigate(paths.template(copy.id))
      return null
    } catch (err) {
      return errorText(t, err instanceof ApiError ? err.code : 'internal')
    }
  }

  return (
    <main id="main" className="page templates">
      <p className="crumbs">
        <Link to={paths.home()}>{t('nav.allBoards')}</Link>
      </p>
      <div className="page__head">
        <div>
          <h1 className="page__title" tabIndex={-1}>
            {t('templates.title')}
          </h1>
          <p className="page__sub">{t('templates.intro')}</p>
        </div>
      </div>
      {source === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {(source === 'cache' || source === 'failed') && (
        <div className="notice notice--warn" role="status">
          <p>{t('templates.offline')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <ul className="tpl-list">
        {templates.map((tpl) => {
          const fields = tpl.sections.reduce((n, s) => n + s.fields.length, 0)
          return (
            <li key={tpl.id} className="card tpl-card">
              <div className="tpl-card__head">
                <h2 className="tpl-card__title">
                  <Link to={paths.template(tpl.id)} className="tpl-card__link">
                    {tpl.name}
                  </Link>
                </h2>
                {tpl.builtIn && <span className="tag tpl-card__builtin">{t('templates.builtIn')}</span>}
              </div>
              {tpl.basedOn && <p className="tpl-card__meta tpl-card__based">{t('templates.basedOn', { name: templates.find((x) => x.id === tpl.basedOn)?.name ?? tpl.basedOn })}</p>}
              <p className="tpl-card__meta">
                {tpl.competition}
                {tpl.version && ` · ${tpl.version}`}
              </p>
              <p className="tpl-card__meta muted">
                {t('templates.sectionCount', { count: tpl.sections.length })} · {t('templates.fieldCount', { count: fields })}
              </p>
              {copying === tpl.id ? (
                <DuplicateForm initialName={t('templates.copyName', { name: tpl.name })} onSubmit={(name) => duplicate(tpl, name)} onCancel={() => setCopying(null)} />
              ) : (
                <div className="tpl-card__tools">
                  {curator && (
                    <button type="button" className="button" disabled={!online} aria-label={t('templates.duplicateNamed', { name: tpl.name })} onClick={() => setCopying(tpl.id)}>
                      {t('templates.duplicate')}
                    </button>
                  )}
                  <Link to={paths.template(tpl.id)} className="button button--quiet">
                    {tpl.builtIn || !online || !curator ? t('templates.view') : t('templates.edit')}
                  </Link>
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </main>
  )
}
