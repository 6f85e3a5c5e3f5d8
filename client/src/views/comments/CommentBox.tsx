/**
 * A comment's text box with @mention suggestions (people here now and
 * everyone who commented) and its send button. Not a <form>: it lives inside
 * other forms (the card dialog). Ctrl+Enter sends; Escape cancels.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { COMMENT_LIMITS } from '../../../../shared/schema/comments.js'
import { mentionedNames } from '../../../../shared/schema/commentInbox.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface CommentBoxProps {
  label: string
  placeholder: string
  sendLabel: string
  people: readonly string[]
  onSend(text: string, mentions: string[]): void
  onCancel?(): void
  autoFocus?: boolean
  /** Compact until focused (a reply box under a thread). */
  compact?: boolean
}

/** The `@query` being typed just before the caret, if any (names have spaces: «@Анна Пе»). */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const match = /(^|\s)@([\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]*)?)$/u.exec(before)
  if (!match) return null
  const query = match[2] ?? ''
  return { start: caret - query.length - 1, query }
}

export function CommentBox({ label, placeholder, sendLabel, people, onSend, onCancel, autoFocus, compact }: CommentBoxProps) {
  const { t } = useI18n()
  const id = useId()
  const ref = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  const [caret, setCaret] = useState(0)
  const [choice, setChoice] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const q = mentionQuery(text, caret)
  const lowered = q?.query.toLocaleLowerCase() ?? ''
  const suggestions = q && dismissed !== q.start ? people.filter((p) => p.toLocaleLowerCase().startsWith(lowered) && p.toLocaleLowerCase() !== lowered).slice(0, 6) : []
  const open = suggestions.length > 0
  const current = Math.min(choice, suggestions.length - 1)

  const pick = (name: string) => {
    if (!q) return
    const next = `${text.slice(0, q.start)}@${name} ${text.slice(caret)}`
    const at = q.start + name.length + 2
    setText(next)
    setCaret(at)
    setChoice(0)
    requestAnimationFrame(() => {
      ref.current?.focus()
      ref.current?.setSelectionRange(at, at)
    })
  }

  const send = () => {
    const clean = text.trim()
    if (clean === '') return
    onSend(clean, mentionedNames(clean, people))
    setText('')
    setCaret(0)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault()
      setChoice((c) => (c + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length)
    } else if (open && (e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      pick(suggestions[current] as string)
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      send()
    } else if (e.key === 'Escape') {
      e.stopPropagation()
      if (open && q) setDismissed(q.start)
      else onCancel?.()
    }
  }

  const empty = text.trim() === ''
  return (
    <div className={compact && empty ? 'comment-box comment-box--compact' : 'comment-box'}>
      <label className="sr-only" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={`${id}-text`}
        className="input comment-box__text"
        rows={compact && empty ? 1 : 3}
        value={text}
        maxLength={COMMENT_LIMITS.text}
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-describedby={`${id}-hint`}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? `${id}-people` : undefined}
        aria-activedescendant={open ? `${id}-p${current}` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          setCaret(e.target.selectionStart)
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={`${id}-people`} className="comment-box__people" role="listbox" aria-label={t('comments.mentionList')}>
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${id}-p${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'comment-box__person comment-box__person--current' : 'comment-box__person'}
              // Keep the focus in the text box.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(name)}
            >
              @{name}
            </li>
          ))}
        </ul>
      )}
      <div className="comment-box__bar">
        <span id={`${id}-hint`} className="comment-box__hint">
          {t('comments.sendHint')}
        </span>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
        <button type="button" className="button button--primary comment-box__send" disabled={empty} onClick={send}>
          {sendLabel}
        </button>
      </div>
    </div>
  )
}
