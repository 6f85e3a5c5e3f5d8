/** The initiative's card, edited from its page: the title (the card's title on the board) and its stage. */
import { useEffect, useRef, useState } from 'react'
import { KANBAN_LIMITS, getCard, isDefaultStage, moveCard, updateCard, type CardMeta, type StageColumn, type StageMeta } from '../../../../shared/schema/kanban.js'
import type { Translate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

/** A stage's name: its own title once renamed, the translated default otherwise. */
export function stageName(stage: StageMeta, t: Translate): string {
  if (stage.title !== null) return stage.title
  return isDefaultStage(stage.id) ? t(`initiative.stage.${stage.id}`) : stage.id
}

export function InitiativeHead({ card, columns, entry }: { card: CardMeta; columns: readonly StageColumn[]; entry: OpenDoc }) {
  const { t } = useI18n()
  return (
    <div className="initiative-head">
      <TitleField card={card} entry={entry} />
      <label className="field initiative-head__stage">
        <span className="field__label">{t('initiative.stageLabel')}</span>
        <select
          className="input"
          value={card.stage}
          onChange={(e) => {
            const target = columns.find((c) => c.stage.id === e.target.value)
            // To the end of the new stage, as a drop on the column would.
            if (target) moveCard(entry.doc, card.id, target.stage.id, target.cards.length)
          }}
        >
          {columns.map(({ stage }) => (
            <option key={stage.id} value={stage.id}>
              {stageName(stage, t)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

/** The title: sent on Enter or when leaving the field; Escape gives the old one back. */
function TitleField({ card, entry }: { card: CardMeta; entry: OpenDoc }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(card.title)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)
  const area = useRef<HTMLTextAreaElement | null>(null)

  // A long title wraps instead of being cut (Russian titles run long on a phone).
  const fit = (el: HTMLTextAreaElement | null) => {
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }
  useEffect(() => fit(area.current), [draft])

  // Someone else renamed it while I was not typing: show theirs.
  useEffect(() => {
    if (!editing) setDraft(card.title)
  }, [card.title, editing])

  const commit = () => {
    setEditing(false)
    if (cancelled.current) {
      cancelled.current = false
      setDraft(card.title)
      return
    }
    if (draft.trim() && getCard(entry.doc, card.id)) updateCard(entry.doc, card.id, { title: draft })
    else setDraft(card.title)
  }

  return (
    <h1 className="initiative-head__title">
      <label>
        <span className="sr-only">{t('initiative.titleLabel')}</span>
        <textarea
          ref={(el) => {
            area.current = el
            fit(el)
          }}
          className="title-input"
          rows={1}
          value={draft}
          maxLength={KANBAN_LIMITS.title}
          placeholder={t('initiative.untitled')}
          onFocus={() => setEditing(true)}
          onChange={(e) => {
            setDraft(e.target.value.replace(/\n/g, ' '))
            fit(e.target)
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // A title is one line: Enter saves it.
              e.preventDefault()
              e.currentTarget.blur()
            }
            if (e.key === 'Escape') {
              cancelled.current = true
              e.currentTarget.blur()
            }
          }}
        />
      </label>
    </h1>
  )
}
