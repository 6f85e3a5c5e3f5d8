/**
 * The calendar plan, grouped by the draft's tasks (the template's `tasks`
 * list field): per activity what, for whom, where, start and end, expected
 * result. Activities under no task (or a task since deleted) come last,
 * never hidden.
 */
import type * as Y from 'yjs'
import { activitiesByTask, addActivity, listActivities, listItems, projectPeriod } from '../../../../../shared/draft/index.js'
import { fieldWithRole, type Template } from '../../../../../shared/templates/index.js'
import { formatDate } from '../../../i18n/i18n.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import type { UndoOffer } from '../../../components/UndoBar.js'
import { ActivityGroup } from './ActivityGroup.js'
import { AddButton, TableEmpty } from './Empty.js'
import { focusRow } from './focusRow.js'
import { sameJson, useDocValue } from '../useDraft.js'

export interface CalendarPlanProps {
  doc: Y.Doc
  template: Template
  offerUndo(offer: UndoOffer): void
}

export function CalendarPlan({ doc, template, offerUndo }: CalendarPlanProps) {
  const { t, locale } = useI18n()
  const tasksField = fieldWithRole(template, 'tasks')
  const tasksFieldId = tasksField?.kind === 'list' ? tasksField.id : null
  const { activities, tasks, period } = useDocValue(doc, (d) => {
    const activities = listActivities(d)
    const tasks = tasksFieldId === null ? [] : listItems(d, tasksFieldId).map((i) => ({ id: i.id, text: i.text }))
    return { activities, tasks, period: projectPeriod(d, activities) }
  }, sameJson)
  const groups = activitiesByTask(activities, tasks)
  const add = (taskId: string | null) => focusRow(addActivity(doc, { taskId }))
  const periodText = period ? t('draftTables.period', { start: formatDate(period.start, locale), end: formatDate(period.end, locale) }) : null

  return (
    <div className="dt-plan">
      {periodText && (
        <p className="dt-plan__period">
          {t(period?.source === 'draft' ? 'draftTables.periodSet' : 'draftTables.periodFromPlan', { period: periodText })}
        </p>
      )}
      {tasksFieldId !== null && tasks.length === 0 && (
        <TableEmpty text={t('draftTables.planNoTasks', { field: tasksField?.title ?? '' })}>
          <a className="button" href={`#draft-field-${tasksFieldId}`}>
            {t('draftTables.toTasks')}
          </a>
          {groups.length === 0 && <AddButton label={t('draftTables.addActivityNoTask')} onAdd={() => add(null)} />}
        </TableEmpty>
      )}
      {groups.map((group, g) => (
        <ActivityGroup
          key={group.task?.id ?? 'none'}
          doc={doc}
          heading={group.task ? t('draftTables.taskN', { n: g + 1, text: group.task.text.trim() || t('draftTables.untitled') }) : t(tasks.length > 0 ? 'draftTables.noTask' : 'draftTables.activities')}
          taskId={group.task?.id ?? null}
          activities={group.activities}
          all={activities}
          tasks={tasks}
          period={period}
          offerUndo={offerUndo}
          onAdd={() => add(group.task?.id ?? null)}
        />
      ))}
      {tasksFieldId === null && groups.length === 0 && (
        <TableEmpty text={t('draftTables.planEmpty')}>
          <AddButton label={t('draftTables.addActivity')} onAdd={() => add(null)} />
        </TableEmpty>
      )}
    </div>
  )
}
