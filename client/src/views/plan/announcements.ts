/** What a screen reader hears while an activity is dragged, in the person's language. */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { RefObject } from 'react'
import type * as Y from 'yjs'
import { getPlanItem, type PlanItem } from '../../../../shared/schema/plan.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatSpan, monthLabel } from './dates.js'
import { dropPlace, type MonthLists } from './dropIndex.js'

export function usePlanAnnouncements(
  doc: Y.Doc,
  byId: ReadonlyMap<string, PlanItem>,
  lists: RefObject<MonthLists>,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t, locale } = useI18n()
  const title = (id: string | number) => byId.get(String(id))?.title || t('plan.untitled')
  const where = (activeId: string, overId: string) => {
    const place = dropPlace(lists.current, activeId, overId)
    return place && { month: monthLabel(place.month, locale), position: place.index + 1, total: place.total }
  }
  return {
    screenReaderInstructions: { draggable: t('plan.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('plan.dnd.start', { title: title(active.id) }),
      onDragOver: ({ active, over }) => {
        if (!over) return undefined
        const at = where(String(active.id), String(over.id))
        if (!at) return undefined
        return at.total > 1 ? t('plan.dnd.over', { title: title(active.id), ...at }) : t('plan.dnd.overEmpty', { title: title(active.id), month: at.month })
      },
      // Runs after the drop was written: the item's new date is in the document.
      onDragEnd: ({ active, over }) => {
        const item = getPlanItem(doc, String(active.id))
        if (!over || !item) return t('plan.dnd.cancel', { title: title(active.id) })
        return t('plan.dnd.end', { title: title(active.id), month: monthLabel(item.month, locale), date: formatSpan(item.start, item.end, locale) })
      },
      onDragCancel: ({ active }) => t('plan.dnd.cancel', { title: title(active.id) }),
    },
  }
}
