/**
 * A stage's header: grip and name (the column is carried from here), count,
 * and its actions (rename, move left/right, remove with confirm).
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { deleteStage, KANBAN_LIMITS, moveStage, renameStage, type StageMeta, type StageSnapshot } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { GripIcon, MoreIcon } from '../../components/icons.js'
import { stageLabel } from './stageLabel.js'

export interface StageHeaderProps {
  doc: Y.Doc
  stage: StageMeta
  headingId: string
  /** Position among the stages and how many there are. */
  index: number
  stageCount: number
  /** Cards in the stage, and how many of them the filter shows (null: no filter). */
  total: number
  shown: number | null
  /** The stage that takes the cards when this one is removed. */
  neighbour: StageMeta | null
  /** What carries the column (null when the person may not edit). */
  grip: StageGrip | null
  onRemoved(snapshot: StageSnapshot, name: string, into: string | null): void
}

/** The sortable column's handle: the keyboard starts from the grip, a pointer anywhere on the name row. */
export interface StageGrip {
  setActivatorNodeRef(element: HTMLElement | null): void
  attributes: DraggableAttributes
  listeners: DraggableSyntheticListeners
}

type Mode = 'idle' | 'menu' | 'rename' | 'confirm'

export function StageHeader({ doc, stage, headingId, index, stageCount, total, shown, neighbour, grip, onRemoved }: StageHeaderProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const name = stageLabel(stage, t)
  const [mode, setMode] = useState<Mode>('idle')
  const [draft, setDraft] = useState(name)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  // Esc in the name field cancels: the blur that follows must not save.
  const skipSave = useRef(false)

  // Focus follows the panel that opens; Esc anywhere in it goes back to the toggle.
  useEffect(() => {
    // On the confirm step the safe answer (cancel) gets the focus.
    const panel = panelRef.current
    if (!panel) return
    ;(panel.querySelector<HTMLElement>('[data-first]') ?? panel.querySelector<HTMLElement>('button:not(:disabled)'))?.focus()
  }, [mode])

  const close = () => {
    setMode('idle')
    toggleRef.current?.focus()
  }

  const move = (by: number) => {
    moveStage(doc, stage.id, index + by)
    // The column moves in the page; keep the focus on the same button of it.
    requestAnimationFrame(() => panelRef.current?.querySelector<HTMLElement>(`[data-move="${by}"]:not(:disabled)`)?.focus())
  }

  const rename = (e?: FormEvent) => {
    e?.preventDefault()
    if (skipSave.current) return
    skipSave.current = true
    if (draft.trim() !== name) renameStage(doc, stage.id, draft)
    close()
  }

  const remove = () => {
    const snapshot = deleteStage(doc, stage.id)
    if (snapshot) onRemoved(snapshot, name, total > 0 && neighbour ? stageLabel(neighbour, t) : null)
    else close()
  }

  const count = shown === null ? t('kanban.count', { count: total }) : t('kanban.countFiltered', { shown, count: total })

  return (
    <header
      className="kanban__head"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || mode === 'idle') return
        e.preventDefault()
        skipSave.current = true
        close()
      }}
    >
      {/* Not while renaming: selecting the name with the mouse must not carry the column. */}
      <div className={grip ? 'kanban__head-row kanban__head-row--grip' : 'kanban__head-row'} {...(grip && mode !== 'rename' ? grip.listeners : {})}>
        {grip && (
          <button
            type="button"
            ref={grip.setActivatorNodeRef}
            className="drag-handle kanban__stage-handle"
            {...grip.attributes}
            aria-label={t('kanban.stageDnd.handle', { stage: name })}
          >
            <GripIcon />
          </button>
        )}
        {mode === 'rename' ? (
          <form className="kanban__rename" onSubmit={rename}>
            <label className="sr-only" htmlFor={`${headingId}-rename`}>
              {t('kanban.stageMenu.renameLabel', { stage: name })}
            </label>
            <input
              id={`${headingId}-rename`}
              className="input"
              value={draft}
              maxLength={KANBAN_LIMITS.stageTitle}
              autoFocus
              title={stage.isDefault ? t('kanban.stageMenu.resetHint') : undefined}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => rename()}
            />
          </form>
        ) : (
          <h3 id={headingId} className="kanban__title">
            {name}
          </h3>
        )}
        {!readOnly && (
          <button
            ref={toggleRef}
            type="button"
            className="button button--quiet kanban__menu-toggle"
            aria-expanded={mode === 'menu'}
            aria-label={t('kanban.stageMenu.open', { stage: name })}
            onClick={() => (mode === 'menu' ? close() : setMode('menu'))}
          >
            <MoreIcon />
          </button>
        )}
      </div>
      <p className="kanban__count">{count}</p>
      {mode === 'menu' && (
        <div ref={panelRef} className="kanban__menu" role="group" aria-label={t('kanban.stageMenu.open', { stage: name })}>
          <button
            type="button"
            className="button button--tool"
            onClick={() => {
              setDraft(name)
              skipSave.current = false
              setMode('rename')
            }}
          >
            {t('kanban.stageMenu.rename')}
          </button>
          <button type="button" className="button button--tool" data-move={-1} disabled={index === 0} onClick={() => move(-1)}>
            {t('kanban.stageMenu.moveLeft')}
          </button>
          <button type="button" className="button button--tool" data-move={1} disabled={index >= stageCount - 1} onClick={() => move(1)}>
            {t('kanban.stageMenu.moveRight')}
          </button>
          <button type="button" className="button button--tool kanban__danger" disabled={stageCount < 2} onClick={() => setMode('confirm')}>
            {t('kanban.stageMenu.remove')}
          </button>
          {stageCount < 2 && <p className="kanban__menu-note">{t('kanban.stageMenu.lastOne')}</p>}
        </div>
      )}
      {mode === 'confirm' && (
        <div ref={panelRef} className="kanban__confirm" role="alertdialog" aria-label={t('kanban.stageMenu.remove')}>
          <p>
            {total > 0 && neighbour
              ? t('kanban.stageMenu.removeAsk', { stage: name, count: total, into: stageLabel(neighbour, t) })
              : t('kanban.stageMenu.removeAskEmpty', { stage: name })}
          </p>
          <div className="kanban__confirm-actions">
            <button type="button" className="button button--danger" onClick={remove}>
              {t('kanban.stageMenu.removeYes')}
            </button>
            <button type="button" className="button" data-first onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </header>
  )
}
