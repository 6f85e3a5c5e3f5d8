/** «Упоминания и ответы»: my unread items; a click opens the thread (and marks it read). */
import type { InboxItem } from '../../../../shared/schema/commentInbox.js'
import type { CommentThread } from '../../../../shared/schema/comments.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatWhen } from './format.js'

const SNIPPET = 80

export function InboxList({ items, threads, onOpen, onReadAll }: { items: readonly InboxItem[]; threads: readonly CommentThread[]; onOpen(threadId: string): void; onReadAll(): void }) {
  const { t, locale } = useI18n()
  if (items.length === 0) return null
  return (
    <section className="comments-inbox" aria-labelledby="comments-inbox-title">
      <div className="comments-inbox__head">
        <h3 id="comments-inbox-title" className="comments-inbox__title">
          {t('comments.inbox')} <span className="comments-badge">{items.length}</span>
        </h3>
        <button type="button" className="button button--quiet comments-inbox__all" onClick={onReadAll}>
          {t('comments.markAllRead')}
        </button>
      </div>
      <ul className="comments-inbox__list">
        {items.map((item) => {
          const thread = threads.find((th) => th.id === item.threadId)
          const quote = thread?.anchor.kind === 'text' ? thread.anchor.quote : ''
          const text = item.reply.text.length > SNIPPET ? `${item.reply.text.slice(0, SNIPPET).trimEnd()}…` : item.reply.text
          return (
            <li key={item.reply.id}>
              <button type="button" className="comments-inbox__item" onClick={() => onOpen(item.threadId)}>
                <span className="comments-inbox__who">
                  {t(item.reason === 'mention' ? 'comments.inboxMention' : 'comments.inboxReply', { name: item.reply.author.name })}
                  <time dateTime={item.reply.createdAt}> · {formatWhen(item.reply.createdAt, locale)}</time>
                </span>
                <span className="comments-inbox__text">{text}</span>
                {quote && <q className="comments-inbox__quote">{quote}</q>}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
