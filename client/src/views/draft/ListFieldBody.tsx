/**
 * A list field (tasks, target groups, places): one line per item, edited in
 * place, moved up and down, deleted with an undo offer, added at the end.
 */
import { useRef, useState } from 'react'
import { addListItem, listItems, moveListItem, removeListItem, restoreListItem, updateListItem, type ListItem } from '../../../../shared/draft/index.js'
import type { TemplateField } from '../../../../shared/templates/index.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { ItemInput } from './ItemInput.js'
import { useDocValue } from './useDraft.js'

const sameItems = (a: ListItem[], b: ListItem[]) => a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.text === b[i]?.text)

export function ListFieldBody({ entry, field, label }: { entry: OpenDoc; field: TemplateField; label: string }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const doc = entry.doc
  const items = useDocValue(doc, (d) => listItems(d, field.id), sameItems)
  const [adding, setAdding] = useState('')
  const undo = useUndo()
  const list = useRef<HTMLOListElement | null>(null)

  const focusItem = (index: number, part: string) =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-part="${part}"]`)?.focus())

  const add = () => {
    if (adding.trim() === '') return
    addListItem(doc, field.id, adding.trim())
    setAdding('')
  }

  const move = (item: ListItem, index: number, to: number, part: string) => {
    moveListItem(doc, item.id, to)
    focusItem(to, part)
  }

  return (
    <div className="draft-list">
      {items.length === 0 ? (
        <p className="draft-list__empty muted">{t('draft.list.empty')}</p>
      ) : (
        <ol className="draft-list__items" ref={list}>
          {items.map((item, index) => (
            <li key={item.id} className="draft-list__item" data-index={index} data-item={item.id}>
              <ItemInput
                value={item.text}
                label={`${label}: ${t('draft.list.item', { index: index + 1 })}`}
                onCommit={(text) => {
                  if (text.trim() !== '') updateListItem(doc, item.id, text)
                }}
              />
              {!readOnly && (
                <div className="draft-list__tools">
                  <button type="button" className="button button--quiet draft-icon" data-part="up" aria-label={t('draft.list.up', { index: index + 1 })} disabled={index === 0} onClick={() => move(item, index, index - 1, 'up')}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" className="button button--quiet draft-icon" data-part="down" aria-label={t('draft.list.down', { index: index + 1 })} disabled={index === items.length - 1} onClick={() => move(item, index, index + 1, 'down')}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet draft-icon draft-icon--danger"
                    aria-label={t('draft.list.remove', { index: index + 1 })}
                    onClick={() => {
                      const snapshot = removeListItem(doc, item.id)
                      if (snapshot) undo.offer({ message: t('draft.list.removed'), undo: () => restoreListItem(doc, snapshot) })
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <div className="draft-list__add">
          <input
            className="input"
            value={adding}
            aria-label={t('draft.list.addLabel', { field: label })}
            placeholder={t('draft.list.addPlaceholder')}
            data-draft-focus=""
            onChange={(e) => setAdding(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
          />
          <button type="button" className="button" onClick={add} disabled={adding.trim() === ''}>
            {t('draft.list.add')}
          </button>
        </div>
      )}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </div>
  )
}
