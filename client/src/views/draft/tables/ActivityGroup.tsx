/** One task of the calendar plan: its activities as table rows (cards on a phone) and «add activity». */
import type * as Y from 'yjs'
import { moveActivity, removeActivity, restoreActivity, updateActivity, type Activity, type ResolvedPeriod } from '../../../../../shared/draft/index.js'
import { formatDate } from '../../../i18n/i18n.js'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import type { UndoOffer } from '../../../components/UndoBar.js'
import { activityFlags } from './activityFlags.js'
import { DataTable, type Column } from './DataTable.js'
import { AddButton } from './Empty.js'
import { groupMoveIndex, neighbourIndex } from './numbers.js'
import { RowTools } from './RowTools.js'
import { DateCell } from './DateCell.js'
import { TextCell } from './TextCell.js'

export interface ActivityGroupProps {
  doc: Y.Doc
  heading: string
  taskId: string | null
  activities: readonly Activity[]
  /** The whole plan, in order (moves are indices into it). */
  all: readonly Activity[]
  tasks: ReadonlyArray<{ id: string; text: string }>
  period: ResolvedPeriod | null
  offerUndo(offer: UndoOffer): void
  onAdd(): void
}

export function ActivityGroup({ doc, heading, taskId, activities, all, tasks, period, offerUndo, onAdd }: ActivityGroupProps) {
  const { t, locale } = useI18n()
  const { readOnly } = useAccess()
  const name = (a: Activity) => (a.title.trim() === '' ? t('draftTables.activityUntitled') : t('draftTables.quoted', { text: a.title.trim() }))
  const move = (a: Activity, step: -1 | 1) => {
    const index = neighbourIndex(all, activities, a.id, step)
    return index === null ? null : () => moveActivity(doc, a.id, index)
  }
  const text = (key: 'title' | 'audience' | 'place' | 'result', multiline: boolean) => (a: Activity) => (
    <TextCell value={a[key]} multiline={multiline} label={t(`draftTables.activity.${key}`)} placeholder={t(`draftTables.activity.${key}Placeholder`)} onCommit={(v) => updateActivity(doc, a.id, { [key]: v })} />
  )
  const date = (key: 'start' | 'end') => (a: Activity) => (
    <DateCell value={a[key]} label={t(`draftTables.activity.${key}`)} onCommit={(day) => updateActivity(doc, a.id, { [key]: day })} />
  )
  const dates = (a: Activity) => {
    const flags = activityFlags(a, period)
    return (
      <div className="dt-dates">
        <span className="dt-dates__one">
          <span className="dt-dates__label" aria-hidden="true">
            {t('draftTables.activity.from')}
          </span>
          {date('start')(a)}
        </span>
        <span className="dt-dates__one">
          <span className="dt-dates__label" aria-hidden="true">
            {t('draftTables.activity.to')}
          </span>
          {date('end')(a)}
        </span>
        {flags.map((flag) => (
          <p key={flag} className="dt-flag">
            {flag === 'outsidePeriod' && period
              ? t('draftTables.outsidePeriod', { start: formatDate(period.start, locale), end: formatDate(period.end, locale) })
              : t('draftTables.endBeforeStart')}
          </p>
        ))}
      </div>
    )
  }
  // Moving to another task is an edit; a reader sees the activity under its task's heading.
  const showTasks = !readOnly && (tasks.length > 1 || (tasks.length === 1 && taskId === null))
  const title = (a: Activity) => (
    <>
      {text('title', true)(a)}
      {showTasks && (
        <select className="input dt-task-select" aria-label={t('draftTables.moveToTask', { name: name(a) })} value={taskId ?? ''} onChange={(e) => updateActivity(doc, a.id, { taskId: e.target.value === '' ? null : e.target.value })}>
          {taskId === null && <option value="">{t('draftTables.noTask')}</option>}
          {tasks.map((task, i) => (
            <option key={task.id} value={task.id}>
              {t('draftTables.taskShort', { n: i + 1 })}
            </option>
          ))}
        </select>
      )}
    </>
  )
  const columns: Array<Column<Activity>> = [
    { id: 'title', label: t('draftTables.activity.title'), className: 'dt-col--title', render: title },
    {
      id: 'who',
      label: t('draftTables.audiencePlace'),
      className: 'dt-col--who',
      render: (a) => (
        <div className="dt-stack">
          {text('audience', true)(a)}
          {text('place', false)(a)}
        </div>
      ),
    },
    { id: 'dates', label: t('draftTables.activity.dates'), className: 'dt-col--dates', render: dates },
    { id: 'result', label: t('draftTables.activity.result'), className: 'dt-col--result', render: text('result', true) },
  ]
  const tools = (a: Activity) => (
    <RowTools
      name={name(a)}
      onUp={move(a, -1)}
      onDown={move(a, 1)}
      onRemove={() => {
        const snapshot = removeActivity(doc, a.id)
        if (snapshot) offerUndo({ message: t('draftTables.activityRemoved', { name: name(a) }), undo: () => restoreActivity(doc, snapshot) })
      }}
    />
  )

  // Dragged within its task; the plan's order is one list, so the place is found in it.
  const sorting = {
    name,
    onMove(id: string, index: number) {
      const to = groupMoveIndex(all, activities, id, index)
      if (to !== null) moveActivity(doc, id, to)
    },
  }

  return (
    <section className="dt-group" aria-label={heading}>
      <h4 className="dt-group__title">{heading}</h4>
      {activities.length > 0 ? (
        <DataTable label={heading} columns={columns} rows={activities} tools={tools} sorting={sorting} rowClass={(a) => (activityFlags(a, period).length > 0 ? 'dt-row--flagged' : '')} />
      ) : (
        <p className="dt-group__empty">{t('draftTables.taskEmpty')}</p>
      )}
      <AddButton label={t('draftTables.addActivity')} onAdd={onAdd} />
    </section>
  )
}
