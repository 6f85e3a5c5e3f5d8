/**
 * One budget line as a table body of two rows: the sums (item, unit price,
 * quantity with its unit, total, co-financing, requested) and below them the
 * comment, the activities it pays for, its article and the row's tools (its
 * grip carries the line within its article). On a phone, one card.
 */
import type * as Y from 'yjs'
import { COST_KINDS, costKindOf, formatRubles, updateBudgetLine, type CostKind, type PricedLine, type TaskActivities } from '../../../../../shared/draft/index.js'
import type { BudgetArticle } from '../../../../../shared/templates/index.js'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { ActivityPicker } from './ActivityPicker.js'
import { NumberCell } from './NumberCell.js'
import { RowTools } from './RowTools.js'
import { useSortableRow } from './rowSorting.js'
import { CellText, TextCell } from './TextCell.js'

/** An article as its select shows it: «код. название», or the code alone when the form does not know it. */
const articleName = (leaves: readonly BudgetArticle[], code: string) => {
  const found = leaves.find((a) => a.code === code)
  return found ? `${found.code}. ${found.title}` : code
}

export interface BudgetLineRowsProps {
  doc: Y.Doc
  line: PricedLine
  /** Articles a line can go under (the template's leaves). */
  leaves: readonly BudgetArticle[]
  groups: readonly TaskActivities[]
  name: string
  onUp: (() => void) | null
  onDown: (() => void) | null
  onRemove(): void
}

export function BudgetLineRows({ doc, line, leaves, groups, name, onUp, onDown, onRemove }: BudgetLineRowsProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const patch = (p: Parameters<typeof updateBudgetLine>[2]) => updateBudgetLine(doc, line.id, p)
  const L = (key: 'item' | 'unit' | 'unitPrice' | 'quantity' | 'total' | 'cofinancing' | 'requested' | 'comment' | 'activities' | 'article' | 'costKind') => t(`draftTables.budget.${key}`)
  const kindName = (kind: CostKind) => t(`draftTables.costKind.${kind}`)
  // What the readiness check assumes when nobody chose: from the article and the item's words.
  const guessed = costKindOf({ ...line, costKind: null })
  // The whole line (both rows) moves while it is carried by the grip among its tools.
  const sortable = useSortableRow(line.id)
  return (
    <tbody ref={sortable.ref} id={`draft-row-${line.id}`} className={sortable.dragging ? 'dt-line dt-line--lifted' : 'dt-line'} style={sortable.style}>
      <tr className="dt-line__main">
        <td data-label={L('item')} className="dt-col--wide">
          <TextCell value={line.item} multiline label={L('item')} placeholder={t('draftTables.budget.itemPlaceholder')} onCommit={(v) => patch({ item: v })} />
        </td>
        <td data-label={L('unitPrice')} className="dt-col--num dt-col--money">
          <NumberCell kind="money" value={line.unitPrice} label={L('unitPrice')} onCommit={(v) => patch({ unitPrice: v ?? 0 })} />
        </td>
        <td data-label={L('quantity')} className="dt-col--num dt-col--qty">
          <span className="dt-qty">
            <NumberCell kind="quantity" value={line.quantity} label={L('quantity')} onCommit={(v) => patch({ quantity: v ?? 0 })} />
            <TextCell className="dt-input--unit" value={line.unit} label={L('unit')} placeholder={t('draftTables.budget.unitPlaceholder')} onCommit={(v) => patch({ unit: v })} />
          </span>
        </td>
        <td data-label={L('total')} className="dt-col--num dt-col--sum">
          <output className="dt-sum" aria-label={L('total')}>{formatRubles(line.total)}</output>
        </td>
        <td data-label={L('cofinancing')} className="dt-col--num dt-col--money">
          <NumberCell kind="money" value={line.cofinancing} label={L('cofinancing')} onCommit={(v) => patch({ cofinancing: v ?? 0 })} />
        </td>
        <td data-label={L('requested')} className="dt-col--num dt-col--sum">
          <output className={`dt-sum ${line.requested < 0 ? 'dt-sum--bad' : ''}`} aria-label={L('requested')}>
            {formatRubles(line.requested)}
          </output>
        </td>
      </tr>
      <tr className="dt-line__more">
        <td colSpan={6}>
          <div className="dt-line__details">
            <label className="dt-line__detail dt-line__detail--comment">
              <span className="dt-line__label">{L('comment')}</span>
              <TextCell value={line.comment} multiline label={L('comment')} placeholder={t('draftTables.budget.commentPlaceholder')} onCommit={(v) => patch({ comment: v })} />
            </label>
            <div className="dt-line__detail dt-line__detail--activities">
              <span className="dt-line__label">{L('activities')}</span>
              <ActivityPicker groups={groups} chosen={line.activityIds} label={L('activities')} onChange={(ids) => patch({ activityIds: ids })} />
            </div>
            {leaves.length > 1 && (
              <label className="dt-line__detail dt-line__detail--article">
                <span className="dt-line__label">{L('article')}</span>
                {readOnly ? (
                  <CellText value={articleName(leaves, line.article)} />
                ) : (
                  <select className="input dt-input" value={line.article} onChange={(e) => patch({ article: e.target.value })}>
                    {!leaves.some((a) => a.code === line.article) && <option value={line.article}>{line.article || t('draftTables.budget.noArticle')}</option>}
                    {leaves.map((a) => (
                      <option key={a.code} value={a.code}>
                        {`${a.code}. ${a.title}`}
                      </option>
                    ))}
                  </select>
                )}
              </label>
            )}
            <label className="dt-line__detail dt-line__detail--kind">
              <span className="dt-line__label">{L('costKind')}</span>
              {readOnly ? (
                <CellText value={kindName(costKindOf(line))} />
              ) : (
                <select
                  className="input dt-input"
                  title={t('draftTables.costKind.hint')}
                  value={line.costKind ?? ''}
                  onChange={(e) => patch({ costKind: e.target.value === '' ? null : (e.target.value as CostKind) })}
                >
                  <option value="">{t('draftTables.costKind.auto', { kind: kindName(guessed) })}</option>
                  {COST_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {kindName(kind)}
                    </option>
                  ))}
                </select>
              )}
            </label>
            <div className="dt-line__tools">
              {sortable.wrap(<RowTools name={name} onUp={onUp} onDown={onDown} onRemove={onRemove} />)}
            </div>
          </div>
        </td>
      </tr>
    </tbody>
  )
}
