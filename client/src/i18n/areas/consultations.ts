/** Messages of the consultations views. Russian is the source of keys; English must match it (the type checks). */
import type { Message } from '../i18n.js'

export const consultationsRu = {} as const

export const consultationsEn: Record<keyof typeof consultationsRu, Message> = {}
