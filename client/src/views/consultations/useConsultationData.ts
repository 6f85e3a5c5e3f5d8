/** The board document's consultations, action items and cards, kept current for the views. */
import { useEffect, useState } from 'react'
import {
  listActions,
  listConsultations,
  observeActions,
  observeConsultations,
  type ActionItem,
  type ConsultationMeta,
} from '../../../../shared/schema/consultation.js'
import { listCards, observeKanban, type CardMeta } from '../../../../shared/schema/kanban.js'
import { localDay } from '../../../../shared/schema/plan.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

/** All consultations of the board, newest first. */
export function useConsultations(entry: OpenDoc | null): ConsultationMeta[] {
  const [list, setList] = useState<ConsultationMeta[]>([])
  useEffect(() => {
    if (!entry) {
      setList([])
      return
    }
    setList(listConsultations(entry.doc))
    return observeConsultations(entry.doc, setList)
  }, [entry])
  return list
}

/** Every action item of the board (those of existing notes), by consultation then position. */
export function useActions(entry: OpenDoc | null): ActionItem[] {
  const [list, setList] = useState<ActionItem[]>([])
  useEffect(() => {
    if (!entry) {
      setList([])
      return
    }
    setList(listActions(entry.doc))
    return observeActions(entry.doc, setList)
  }, [entry])
  return list
}

/** The board's cards (initiatives) in board order: by stage, then position. */
export function useCards(entry: OpenDoc | null): CardMeta[] {
  const [list, setList] = useState<CardMeta[]>([])
  useEffect(() => {
    if (!entry) {
      setList([])
      return
    }
    setList(listCards(entry.doc))
    return observeKanban(entry.doc, (columns) => setList(columns.flatMap((c) => c.cards)))
  }, [entry])
  return list
}

/** Today on this device's calendar, `YYYY-MM-DD` (due dates are calendar days, not instants). */
export function today(): string {
  return localDay(new Date())
}

/** An open item whose due day has passed. */
export function isOverdue(action: ActionItem, day: string): boolean {
  return !action.done && action.due !== null && action.due < day
}

/** Open, done and overdue counts of a list of action items. */
export interface ActionTally {
  total: number
  open: number
  overdue: number
}

/** Counts per note id (notes with no items are absent). */
export function tallyByNote(actions: readonly ActionItem[], day: string): Map<string, ActionTally> {
  const out = new Map<string, ActionTally>()
  for (const action of actions) {
    const t = out.get(action.noteId) ?? { total: 0, open: 0, overdue: 0 }
    out.set(action.noteId, {
      total: t.total + 1,
      open: t.open + (action.done ? 0 : 1),
      overdue: t.overdue + (isOverdue(action, day) ? 1 : 0),
    })
  }
  return out
}
