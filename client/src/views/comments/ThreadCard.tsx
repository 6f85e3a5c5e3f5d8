/** One thread: the words it is about (or that they were deleted), its replies, a reply box, «Решено» / «Открыть снова». */
import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { anchorText, deleteReply, isCommentAuthor, reply, setResolved, type CommentReply, type CommentThread, type ReplySnapshot } from '../../../../shared/schema/comments.js'
import { TrashIcon } from '../../components/icons.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { Person } from '../../sync/docRegistry.js'
import { CommentBox } from './CommentBox.js'
import { formatWhen } from './format.js'

export interface ThreadCardProps {
  doc: Y.Doc
  thread: CommentThread
  person: Person
  people: readonly string[]
  active: boolean
  /** Changes with the document, so the anchored words are read again. */
  version: number
  onActivate(): void
  /** Scrolls the text to the words (text threads in a mounted editor). */
  onShowInText?(): void
  onDeleted(snapshot: ReplySnapshot): void
  /** The replies unread by me (marked). */
  unread: ReadonlySet<string>
  /** May reply, resolve and delete own replies (false: the thread is only read). */
  canComment: boolean
}

/** Id of a thread's element (jumps from the inbox and from highlights). */
export const threadElementId = (id: string) => `comment-thread-${id}`

/** The text with @mentions of known people in bold. */
function withMentions(text: string, mentions: readonly string[]): ReactNode[] {
  if (mentions.length === 0) return [text]
  const names = [...mentions].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const parts = text.split(new RegExp(`(@(?:${names.join('|')}))`, 'giu'))
  return parts.map((part, i) => (i % 2 === 1 ? <strong key={i} className="comment__mention">{part}</strong> : part))
}

function ReplyView({ r, mine, unread, onDelete }: { r: CommentReply; mine: boolean; unread: boolean; onDelete(): void }) {
  const { t, locale } = useI18n()
  return (
    <li className={unread ? 'comment comment--unread' : 'comment'} data-reply={r.id}>
      <div className="comment__head">
        <span className="comment__dot" style={{ backgroundColor: r.author.color }} aria-hidden="true" />
        <span className="comment__author">{r.author.name}</span>
        <time className="comment__when" dateTime={r.createdAt}>
          {formatWhen(r.createdAt, locale)}
        </time>
        {mine && (
          <button type="button" className="button button--quiet button--glyph comment__delete" aria-label={t('comments.deleteReply')} title={t('comments.deleteReply')} onClick={onDelete}>
            <TrashIcon />
          </button>
        )}
      </div>
      <p className="comment__text">{withMentions(r.text, r.mentions)}</p>
    </li>
  )
}

export function ThreadCard({ doc, thread, person, people, active, version, onActivate, onShowInText, onDeleted, unread, canComment }: ThreadCardProps) {
  const { t, locale } = useI18n()
  const anchor = thread.anchor
  // `version` is the reason to read the words again: the text changed.
  const words = useMemo(() => (anchor.kind === 'text' ? anchorText(doc, anchor) : null), [doc, anchor, version])
  const detached = anchor.kind === 'text' && words === null
  const quote = anchor.kind === 'text' ? (words ?? anchor.quote) : ''
  const short = quote.length > 60 ? `${quote.slice(0, 60).trimEnd()}…` : quote
  const classes = ['thread', active && 'thread--active', thread.resolved && 'thread--resolved', detached && 'thread--detached'].filter(Boolean).join(' ')

  return (
    <article id={threadElementId(thread.id)} className={classes} aria-label={anchor.kind === 'text' ? t('comments.thread', { quote: short }) : t('comments.threadOf')} tabIndex={-1} data-thread={thread.id} onFocus={onActivate}>
      {anchor.kind === 'text' && (
        <div className="thread__quote">
          {detached && <p className="thread__detached">{t('comments.detached')}</p>}
          {onShowInText && !detached && !thread.resolved ? (
            <button type="button" className="thread__words" title={t('comments.showInText')} onClick={onShowInText}>
              {short}
            </button>
          ) : (
            <q className="thread__words thread__words--static">{short}</q>
          )}
        </div>
      )}
      <ol className="thread__replies">
        {thread.replies.map((r) => (
          <ReplyView
            key={r.id}
            r={r}
            mine={canComment && isCommentAuthor(r.author, person)}
            unread={unread.has(r.id)}
            onDelete={() => {
              const snap = deleteReply(doc, thread.id, r.id, person)
              if (snap) onDeleted(snap)
            }}
          />
        ))}
      </ol>
      {thread.resolved && thread.resolvedBy && (
        <p className="thread__resolved">{t('comments.resolvedBy', { name: thread.resolvedBy, when: formatWhen(thread.resolvedAt ?? '', locale) })}</p>
      )}
      {!thread.resolved && canComment && (
        <CommentBox
          compact
          label={anchor.kind === 'text' ? t('comments.replyLabel', { quote: short }) : t('comments.replyLabelTarget')}
          placeholder={t('comments.replyPlaceholder')}
          sendLabel={t('comments.reply')}
          people={people}
          onSend={(text, mentions) => {
            reply(doc, thread.id, { author: person, text, mentions })
            onActivate()
          }}
        />
      )}
      {canComment && (
        <div className="thread__actions">
          <button type="button" className="button button--quiet thread__resolve" onClick={() => setResolved(doc, thread.id, !thread.resolved, person.name)}>
            {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
    </article>
  )
}
