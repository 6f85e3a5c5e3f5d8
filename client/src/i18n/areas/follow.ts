/** Messages of following someone's view during a consultation. Russian is the source of keys; English must match it. */
import type { Message } from '../i18n.js'

export const followRu = {
  'follow.start': 'Следовать за: {name}',
  'follow.bar': 'Вы следуете за: {name}',
  'follow.barHint': 'Ваш экран показывает то же, что у ведущего. Esc — перестать.',
  'follow.stop': 'Перестать следовать',
  'follow.left': '{name} больше нет на этой доске — следование окончено.',
  'follow.leftClose': 'Скрыть',
} satisfies Record<string, Message>

export const followEn: Record<keyof typeof followRu, Message> = {
  'follow.start': 'Follow: {name}',
  'follow.bar': 'You are following: {name}',
  'follow.barHint': 'Your screen shows what the leader sees. Esc stops.',
  'follow.stop': 'Stop following',
  'follow.left': '{name} is no longer on this board — following has ended.',
  'follow.leftClose': 'Hide',
}
