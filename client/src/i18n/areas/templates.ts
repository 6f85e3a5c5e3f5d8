/** Messages of the templates pages (list and editor). Russian is the source of keys. */
import type { Message } from '../i18n.js'

export const templatesRu = {
  'templates.title': 'Шаблоны конкурсов',
} satisfies Record<string, Message>

export const templatesEn: Record<keyof typeof templatesRu, Message> = {
  'templates.title': 'Competition templates',
}
