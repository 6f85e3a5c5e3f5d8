/** The consultation's facts above its text: date, expert, participants, linked initiative. */
import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { isIsoDate, setNoteDate } from '../../../../shared/schema/board.js'
import { CONSULTATION_LIMITS, setConsultationFields, type ConsultationMeta } from '../../../../shared/schema/consultation.js'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { preloadInitiativePage } from '../lazy.js'
import { CommitField } from './CommitField.js'
import { CrossIcon } from '../../components/icons.js'

interface FieldsProps {
  doc: Y.Doc
  boardId: string
  note: ConsultationMeta
  cards: readonly CardMeta[]
}

export function ConsultationFields({ doc, boardId, note, cards }: FieldsProps) {
  const { t } = useI18n()
  const ids = { date: useId(), expert: useId(), card: useId() }
  const linked = note.initiativeId ? (cards.find((c) => c.id === note.initiativeId) ?? null) : null

  return (
    <div className="consult-fields">
      <div className="field consult-fields__date">
        <label className="field__label" htmlFor={ids.date}>
          {t('note.date')}
        </label>
        <input
          id={ids.date}
          type="date"
          className="input"
          value={note.date ?? ''}
          onChange={(e) => {
            const value = e.target.value
            if (value === '' || isIsoDate(value)) setNoteDate(doc, note.id, value || null)
          }}
        />
      </div>
      <div className="field consult-fields__expert">
        <label className="field__label" htmlFor={ids.expert}>
          {t('consultations.expert')}
        </label>
        <CommitField
          id={ids.expert}
          className="input"
          value={note.expert}
          maxLength={CONSULTATION_LIMITS.expert}
          placeholder={t('consultations.expertPlaceholder')}
          onCommit={(expert) => setConsultationFields(doc, note.id, { expert })}
        />
      </div>
      <div className="field consult-fields__card">
        <label className="field__label" htmlFor={ids.card}>
          {t('consultations.initiativeLabel')}
        </label>
        <select
          id={ids.card}
          className="input"
          value={note.initiativeId ?? ''}
          onChange={(e) => setConsultationFields(doc, note.id, { initiativeId: e.target.value || null })}
        >
          <option value="">{cards.length > 0 ? t('consultations.noInitiative') : t('consultations.noCards')}</option>
          {note.initiativeId && !linked && <option value={note.initiativeId}>{t('consultations.cardGone')}</option>}
          {cards.map((card) => (
            <option key={card.id} value={card.id}>
              {card.title || t('consultations.untitledCard')}
            </option>
          ))}
        </select>
        {linked && (
          <Link
            to={paths.initiative(boardId, linked.id)}
            className="consult-fields__open"
            onPointerEnter={preloadInitiativePage}
            onFocus={preloadInitiativePage}
          >
            {t('consultations.openInitiative')}
          </Link>
        )}
      </div>
      <Participants doc={doc} note={note} />
    </div>
  )
}

/** Participants as chips: add by name (Enter), remove with the cross. */
function Participants({ doc, note }: { doc: Y.Doc; note: ConsultationMeta }) {
  const { t } = useI18n()
  const [name, setName] = useState('')
  const inputId = useId()
  const full = note.participants.length >= CONSULTATION_LIMITS.participants

  const add = (e: FormEvent) => {
    e.preventDefault()
    const clean = name.replace(/\s+/g, ' ').trim()
    if (clean === '') return
    setConsultationFields(doc, note.id, { participants: [...note.participants, clean] })
    setName('')
  }

  return (
    <div className="field consult-fields__people" role="group" aria-labelledby={`${inputId}-label`}>
      <span id={`${inputId}-label`} className="field__label">
        {t('consultations.participants')}
      </span>
      <div className="people">
        {note.participants.length > 0 && (
          <ul className="people__list">
            {note.participants.map((person) => (
              <li key={person} className="person-chip">
                <span className="person-chip__text">{person}</span>
                <button
                  type="button"
                  className="person-chip__remove"
                  aria-label={t('consultations.removeParticipant', { name: person })}
                  onClick={() => setConsultationFields(doc, note.id, { participants: note.participants.filter((p) => p !== person) })}
                >
                  <CrossIcon />
                </button>
              </li>
            ))}
          </ul>
        )}
        {!full && (
          <form className="people__add" onSubmit={add}>
            <label htmlFor={inputId} className="sr-only">
              {t('consultations.addParticipantLabel')}
            </label>
            <input
              id={inputId}
              className="input people__input"
              value={name}
              maxLength={CONSULTATION_LIMITS.participant}
              placeholder={t('consultations.addParticipantPlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button">
              {t('consultations.addParticipant')}
            </button>
          </form>
        )}
      </div>
    </div>
  )
}
