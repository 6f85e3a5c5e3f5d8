/** Messages of the initiative views. Russian is the source of keys; English must match it (the type checks). */
import type { Message } from '../i18n.js'

export const initiativeRu = {} as const

export const initiativeEn: Record<keyof typeof initiativeRu, Message> = {}
