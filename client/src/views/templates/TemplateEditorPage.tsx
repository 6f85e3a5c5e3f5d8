/**
 * One template at `/templates/<id>`: a curator's copy is edited here and
 * saved after the shared schema accepts it (its complaints shown next to
 * what is wrong); a built-in template, any template offline, and every
 * template for someone who is not a workspace curator, shows read-only.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { templateSchema, type ListedTemplate, type Template } from '../../../../shared/templates/index.js'
import { ApiError } from '../../api/http.js'
import { createTemplateOnServer, deleteTemplate, saveTemplate } from '../../api/templates.js'
import { useTemplates } from '../../api/useTemplates.js'
import { useSession } from '../../auth/SessionProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { errorText } from '../errorText.js'
import { BudgetEditor } from './BudgetEditor.js'
import { issuesAt, readIssues, type EditorIssue } from './issues.js'
import { IssueList } from './inputs.js'
import { MetaEditor } from './MetaEditor.js'
import { SectionsEditor } from './SectionsEditor.js'

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'failed'; message: string }

const plain = ({ builtIn: _b, ...template }: ListedTemplate): Template => template

export function TemplateEditorPage({ templateId }: { templateId: string }) {
  const { t } = useI18n()
  const { templates, source } = useTemplates()
  const found = templates.find((x) => x.id === templateId)
  const [draft, setDraft] = useState<Template | null>(null)
  const [dirty, setDirty] = useState(false)
  const [issues, setIssues] = useState<EditorIssue[]>([])
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [confirming, setConfirming] = useState(false)
  const [deleted, setDeleted] = useState<Template | null>(null)
  const undo = useUndo()

  // The server's copy once it answers (or this device's, offline); later list changes do not overwrite edits.
  useEffect(() => {
    if (source !== 'loading' && found && draft === null) setDraft(plain(found))
  }, [source, found, draft])

  useEffect(() => {
    document.title = `${draft?.name ?? t('templates.title')} — ${t('app.name')}`
  }, [draft?.name, t])

  const update = useCallback((change: (tpl: Template) => Template) => {
    setDraft((d) => (d ? change(d) : d))
    setDirty(true)
    setStatus((s) => (s.kind === 'saved' ? { kind: 'idle' } : s))
  }, [])
  const onChange = (next: Template) => update(() => next)

  const builtIn = found?.builtIn === true
  const offline = source !== 'server'
  const curator = useSession().user?.workspaceRole === 'curator'
  const readOnly = builtIn || offline || !curator

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (!draft || readOnly) return
    const parsed = templateSchema.safeParse(draft)
    if (!parsed.success) {
      const found = readIssues(parsed.error.issues)
      setIssues(found)
      setStatus({ kind: 'invalid', count: found.length })
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.tpl-editor [aria-invalid="true"], .tpl-editor .tpl-issues')?.scrollIntoView({ block: 'center' }))
      return
    }
    setIssues([])
    setStatus({ kind: 'saving' })
    try {
      setDraft(plain(await saveTemplate(parsed.data)))
      setDirty(false)
      setStatus({ kind: 'saved' })
    } catch (err) {
      setStatus({ kind: 'failed', message: errorText(t, err instanceof ApiError ? err.code : 'internal') })
    }
  }

  const remove = async () => {
    if (!draft) return
    try {
      await deleteTemplate(draft.id)
      setConfirming(false)
      setDeleted(draft)
    } catch (err) {
      setStatus({ kind: 'failed', message: errorText(t, err instanceof ApiError ? err.code : 'internal') })
    }
  }

  const restore = async () => {
    if (!deleted) return
    try {
      setDraft(plain(await createTemplateOnServer(deleted)))
      setDeleted(null)
      setDirty(false)
    } catch (err) {
      setStatus({ kind: 'failed', message: errorText(t, err instanceof ApiError ? err.code : 'internal') })
    }
  }

  const crumbs = (
    <p className="crumbs">
      <Link to={paths.templates()}>{t('templates.title')}</Link>
    </p>
  )

  if (deleted) {
    return (
      <main id="main" className="page tpl-page">
        {crumbs}
        <div className="empty">
          <h1 className="empty__title" tabIndex={-1}>
            {t('templates.deletedTitle', { name: deleted.name })}
          </h1>
          <p>{t('templates.deletedText')}</p>
          {status.kind === 'failed' && <p className="field__error">{status.message}</p>}
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void restore()}>
              {t('templates.undoDelete')}
            </button>
            <Link to={paths.templates()} className="button">
              {t('templates.backToList')}
            </Link>
          </div>
        </div>
      </main>
    )
  }

  if (!draft) {
    const missing = source !== 'loading' && !found
    return (
      <main id="main" className="page tpl-page">
        {crumbs}
        {missing ? (
          <div className="empty">
            <h1 className="empty__title" tabIndex={-1}>
              {t('templates.notFound')}
            </h1>
            <p>{t(offline ? 'templates.notFoundOffline' : 'templates.notFoundText')}</p>
            <Link to={paths.templates()} className="button button--primary">
              {t('templates.backToList')}
            </Link>
          </div>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </main>
    )
  }

  return (
    <main id="main" className="page tpl-page">
      {crumbs}
      <div className="page__head">
        <div>
          <h1 className="page__title" tabIndex={-1}>
            {draft.name.trim() || t('templates.untitled')}
          </h1>
          <p className="page__sub">
            {builtIn && <span className="tag">{t('templates.builtIn')}</span>} {draft.competition}
            {draft.version && ` · ${draft.version}`}
          </p>
        </div>
      </div>
      {builtIn && <p className="notice">{t('templates.builtInNote')}</p>}
      {!builtIn && offline && curator && <p className="notice notice--warn">{t('templates.offlineEdit')}</p>}
      {!builtIn && !curator && <p className="notice">{t('auth.templates.readOnly')}</p>}
      <form className="tpl-editor" onSubmit={save} noValidate>
        <IssueList issues={issuesAt(issues, '')} />
        <fieldset className="tpl-editor__body" disabled={readOnly}>
          <MetaEditor template={draft} issues={issues} onChange={onChange} />
          <SectionsEditor template={draft} issues={issues} onChange={onChange} update={update} offerUndo={undo.offer} />
          <BudgetEditor template={draft} issues={issues} onChange={onChange} />
        </fieldset>
        {!readOnly && (
          <div className="tpl-bar">
            <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
              {status.kind === 'saving' ? t('templates.saving') : t('common.save')}
            </button>
            <span className="tpl-bar__status" role="status">
              {status.kind === 'saved' && t('templates.saved')}
              {status.kind === 'invalid' && t('templates.invalid', { count: status.count })}
              {status.kind === 'failed' && status.message}
              {status.kind === 'idle' && dirty && t('templates.unsaved')}
            </span>
            {confirming ? (
              <span className="tpl-bar__confirm" role="group" aria-label={t('templates.deleteConfirm', { name: draft.name })}>
                <span>{t('templates.deleteConfirm', { name: draft.name })}</span>
                <button type="button" className="button button--danger" onClick={() => void remove()}>
                  {t('templates.deleteYes')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="button button--quiet tpl-bar__delete" onClick={() => setConfirming(true)}>
                {t('templates.delete')}
              </button>
            )}
          </div>
        )}
      </form>
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </main>
  )
}
