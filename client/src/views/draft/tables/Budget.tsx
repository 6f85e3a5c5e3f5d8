/**
 * The budget by the template's articles (a parent such as «1 Оплата труда»
 * shows the sum of 1.1–1.3; lines go under the leaves), each with its lines
 * and total, then the overall total, co-financing and its share, and the
 * sum requested. Money is kopecks; sums come from `budgetTotals`.
 */
import type * as Y from 'yjs'
import {
  activitiesByTask,
  addBudgetLine,
  budgetTotals,
  formatRubles,
  listActivities,
  listBudgetLines,
  listItems,
  moveBudgetLine,
  removeBudgetLine,
  restoreBudgetLine,
  type ArticleTotals,
} from '../../../../../shared/draft/index.js'
import { fieldWithRole, leafArticles, type Template } from '../../../../../shared/templates/index.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import type { UndoOffer } from '../../../components/UndoBar.js'
import { BudgetLineRows } from './BudgetLineRows.js'
import { AddButton, TableEmpty } from './Empty.js'
import { focusRow } from './focusRow.js'
import { groupMoveIndex, neighbourIndex } from './numbers.js'
import { RowSorting } from './rowSorting.js'
import { sameJson, useDocValue } from '../useDraft.js'

export interface BudgetProps {
  doc: Y.Doc
  template: Template
  offerUndo(offer: UndoOffer): void
}

export function Budget({ doc, template, offerUndo }: BudgetProps) {
  const { t } = useI18n()
  const tasksField = fieldWithRole(template, 'tasks')
  const tasksFieldId = tasksField?.kind === 'list' ? tasksField.id : null
  const { lines, activities, tasks } = useDocValue(doc, (d) => ({
    lines: listBudgetLines(d),
    activities: listActivities(d),
    tasks: tasksFieldId === null ? [] : listItems(d, tasksFieldId).map((i) => ({ id: i.id, text: i.text })),
  }), sameJson)
  const leaves = leafArticles(template)
  const leafCodes = new Set(leaves.map((a) => a.code))
  // A form without articles still takes lines: under no code.
  const articles = template.budgetArticles.length > 0 ? template.budgetArticles : [{ code: '', title: t('draftTables.budget.allCosts') }]
  const totals = budgetTotals(lines, articles)
  const groups = activitiesByTask(activities, tasks)
  const known = new Set(template.budgetArticles.map((a) => a.code))

  const lineName = (item: string) => (item.trim() === '' ? t('draftTables.budget.lineUntitled') : t('draftTables.quoted', { text: item.trim() }))
  const heading = (a: ArticleTotals) => (a.code === '' ? a.title || t('draftTables.budget.noArticle') : `${a.code}. ${a.title || t('draftTables.budget.unknownArticle')}`)

  // A line is dragged within its article; the budget's order is one list, so the place is found in it.
  const moveLine = (a: ArticleTotals, id: string, index: number) => {
    const to = groupMoveIndex(lines, a.lines, id, index)
    if (to !== null) moveBudgetLine(doc, id, to)
  }

  const section = (a: ArticleTotals) => {
    const isParent = known.has(a.code) && !leafCodes.has(a.code)
    if (isParent) {
      return (
        <div key={a.code} className="dt-article dt-article--parent">
          <h4 className="dt-article__title">{heading(a)}</h4>
          <span className="dt-article__total">{formatRubles(a.total)}</span>
        </div>
      )
    }
    const canAdd = leafCodes.has(a.code) || (a.code === '' && template.budgetArticles.length === 0)
    const add = <AddButton label={t('draftTables.budget.addLine')} onAdd={() => focusRow(addBudgetLine(doc, { article: a.code }))} />
    return (
      <section key={a.code || 'none'} className={`dt-article ${a.level > 0 ? 'dt-article--sub' : ''}`} aria-label={heading(a)} data-article={a.code}>
        <div className="dt-article__head">
          <h4 className="dt-article__title">{heading(a)}</h4>
          {canAdd && a.lines.length === 0 && add}
          <span className="dt-article__total" data-testid={`article-total-${a.code}`}>
            {formatRubles(a.total)}
          </span>
        </div>
        {a.lines.length > 0 && (
          <RowSorting rows={a.lines.map((l) => ({ id: l.id, name: lineName(l.item) }))} onMove={(id, index) => moveLine(a, id, index)}>
            <div className="dt-scroll">
              <table className="dt-table dt-table--budget" aria-label={heading(a)}>
                <thead>
                  <tr>
                    <th scope="col" className="dt-col--wide">{t('draftTables.budget.item')}</th>
                    <th scope="col" className="dt-col--num dt-col--money">{t('draftTables.budget.unitPrice')}</th>
                    <th scope="col" className="dt-col--num dt-col--qty">{t('draftTables.budget.quantity')}</th>
                    <th scope="col" className="dt-col--num dt-col--sum">{t('draftTables.budget.total')}</th>
                    <th scope="col" className="dt-col--num dt-col--money">{t('draftTables.budget.cofinancing')}</th>
                    <th scope="col" className="dt-col--num dt-col--sum">{t('draftTables.budget.requested')}</th>
                  </tr>
                </thead>
                {a.lines.map((line) => {
                  const move = (step: -1 | 1) => {
                    const index = neighbourIndex(lines, a.lines, line.id, step)
                    return index === null ? null : () => moveBudgetLine(doc, line.id, index)
                  }
                  return (
                    <BudgetLineRows
                      key={line.id}
                      doc={doc}
                      line={line}
                      leaves={leaves}
                      groups={groups}
                      name={lineName(line.item)}
                      onUp={move(-1)}
                      onDown={move(1)}
                      onRemove={() => {
                        const snapshot = removeBudgetLine(doc, line.id)
                        if (snapshot) offerUndo({ message: t('draftTables.removed', { name: lineName(line.item) }), undo: () => restoreBudgetLine(doc, snapshot) })
                      }}
                    />
                  )
                })}
              </table>
            </div>
          </RowSorting>
        )}
        {canAdd && a.lines.length > 0 && add}
      </section>
    )
  }

  return (
    <div className="dt-budget">
      {lines.length === 0 && <TableEmpty text={t('draftTables.budget.empty')} />}
      {totals.articles.map(section)}
      <dl className="dt-totals" aria-label={t('draftTables.budget.totals')}>
        <div className="dt-totals__row dt-totals__row--main">
          <dt>{t('draftTables.budget.grandTotal')}</dt>
          <dd data-testid="budget-total">{formatRubles(totals.total)}</dd>
        </div>
        <div className="dt-totals__row">
          <dt>{t('draftTables.budget.cofinancingTotal', { share: totals.cofinancingPercent })}</dt>
          <dd>{formatRubles(totals.cofinancing)}</dd>
        </div>
        <div className="dt-totals__row dt-totals__row--main">
          <dt>{t('draftTables.budget.requestedTotal')}</dt>
          <dd>{formatRubles(totals.requested)}</dd>
        </div>
      </dl>
    </div>
  )
}
