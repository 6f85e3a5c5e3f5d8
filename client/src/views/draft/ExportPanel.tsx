/**
 * Export: the server renders the file from the live document (what is
 * exported is what everyone sees), the browser saves it under the Russian
 * name the server gives. Problems do not block it; the readiness list sits
 * beside these buttons.
 */
import { useState } from 'react'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { MessageKey } from '../../i18n/i18n.js'
import { errorText } from '../errorText.js'
import { dispositionFileName, saveBlob } from './download.js'

type Format = 'docx' | 'md'
type State = { kind: 'idle' } | { kind: 'busy'; format: Format } | { kind: 'done'; name: string } | { kind: 'error'; text: string }

const LABELS: Record<Format, MessageKey> = { docx: 'draft.export.word', md: 'draft.export.markdown' }

/** The export's address (`:id` is the card id, without the document prefix). */
export function exportUrl(cardId: string, format: Format, templateId: string, lang: string): string {
  const query = new URLSearchParams({ format, template: templateId, lang })
  return `/api/initiatives/${encodeURIComponent(cardId)}/export?${query.toString()}`
}

export interface ExportPanelProps {
  cardId: string
  templateId: string
  /** Names the file when the server's answer does not. */
  fallbackName: string
  /** After a file came down: the readiness list beside it should be open. */
  onExported(): void
}

export function ExportPanel({ cardId, templateId, fallbackName, onExported }: ExportPanelProps) {
  const { t, locale } = useI18n()
  // The files are for the curator; everyone else prints (the server refuses the download anyway).
  const mayExport = useAccess().can('export')
  const [state, setState] = useState<State>({ kind: 'idle' })

  const download = async (format: Format) => {
    setState({ kind: 'busy', format })
    let res: Response
    try {
      res = await fetch(exportUrl(cardId, format, templateId, locale), { cache: 'no-store' })
    } catch {
      setState({ kind: 'error', text: t('draft.export.offline') })
      return
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: unknown } } | null
      const code = typeof body?.error?.code === 'string' ? body.error.code : res.status >= 502 ? 'network' : 'internal'
      if (code === 'network') setState({ kind: 'error', text: t('draft.export.offline') })
      else if (code === 'not_found') setState({ kind: 'error', text: t('draft.export.noTemplate') })
      else setState({ kind: 'error', text: t('draft.export.failed', { reason: errorText(t, code) }) })
      return
    }
    try {
      const blob = await res.blob()
      const name = dispositionFileName(res.headers.get('content-disposition')) ?? `${fallbackName}.${format}`
      saveBlob(blob, name)
      setState({ kind: 'done', name })
      onExported()
    } catch {
      setState({ kind: 'error', text: t('draft.export.offline') })
    }
  }

  const busy = state.kind === 'busy'
  return (
    <section className="draft-export" aria-labelledby="draft-export-title">
      <h3 className="draft-export__title" id="draft-export-title">
        {t('draft.export.title')}
      </h3>
      <div className="draft-export__buttons">
        {mayExport &&
          (['docx', 'md'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className={format === 'docx' ? 'button button--primary' : 'button'}
              aria-busy={state.kind === 'busy' && state.format === format}
              disabled={busy}
              onClick={() => void download(format)}
            >
              {state.kind === 'busy' && state.format === format ? t('draft.export.busy') : t(LABELS[format])}
            </button>
          ))}
        <button type="button" className={mayExport ? 'button' : 'button button--primary'} onClick={() => window.print()}>
          {t('draft.export.print')}
        </button>
      </div>
      <p className={state.kind === 'error' ? 'draft-export__status draft-export__status--error' : 'draft-export__status'} role="status">
        {state.kind === 'busy' && t('draft.export.busy')}
        {state.kind === 'done' && t('draft.export.done', { name: state.name })}
        {state.kind === 'error' && state.text}
      </p>
      {!mayExport && <p className="draft-export__note muted">{t('access.printHint')}</p>}
      <p className="draft-export__note muted">{t('draft.readiness.note')}</p>
    </section>
  )
}
