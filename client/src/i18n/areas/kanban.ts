/** Messages of the kanban views. Russian is the source of keys; English must match it (the type checks). */
import type { Message } from '../i18n.js'

export const kanbanRu = {} as const

export const kanbanEn: Record<keyof typeof kanbanRu, Message> = {}
