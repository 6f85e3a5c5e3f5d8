/**
 * What a field's counter says, as a message key and its parameters: «1 234 /
 * 5 000 знаков», «3 / 10 задач», «2 строки». With a limit the word agrees
 * with the limit («из 300 знаков»), without one with the count.
 */
import type { FieldCount } from '../../../../shared/draft/index.js'
import type { TemplateField } from '../../../../shared/templates/index.js'
import type { MessageKey, Params } from '../../i18n/i18n.js'

export interface CounterText {
  key: MessageKey
  params: Params
}

type Noun = 'chars' | 'items' | 'tasks' | 'rows'

/** Which word counts a field's items: tasks for the tasks list, rows for tables, items otherwise. */
export function counterNoun(field: TemplateField, unit: FieldCount['unit']): Noun {
  if (unit === 'chars') return 'chars'
  if (field.role === 'tasks') return 'tasks'
  if (field.kind === 'list' || field.kind === 'choice') return 'items'
  return 'rows'
}

const KEYS: Record<Noun, { bare: MessageKey; of: MessageKey }> = {
  chars: { bare: 'draft.counter.chars', of: 'draft.counter.charsOf' },
  items: { bare: 'draft.counter.items', of: 'draft.counter.itemsOf' },
  tasks: { bare: 'draft.counter.tasks', of: 'draft.counter.tasksOf' },
  rows: { bare: 'draft.counter.rows', of: 'draft.counter.rowsOf' },
}

/** The counter's message, or null for a field that counts nothing (the period). */
export function counterText(field: TemplateField, count: FieldCount): CounterText | null {
  if (count.unit === 'none') return null
  const keys = KEYS[counterNoun(field, count.unit)]
  // The translator picks the plural form by `count`: the limit when there is one.
  if (count.max !== null) return { key: keys.of, params: { n: count.count, max: count.max, count: count.max } }
  return { key: keys.bare, params: { n: count.count, count: count.count } }
}
