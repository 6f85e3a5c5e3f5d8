/** Messages of the plan views. Russian is the source of keys; English must match it (the type checks). */
import type { Message } from '../i18n.js'

export const planRu = {} as const

export const planEn: Record<keyof typeof planRu, Message> = {}
