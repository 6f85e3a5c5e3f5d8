/** Display names and dates of the kanban, in the person's language. */
import { isDefaultStage, type StageMeta } from '../../../../shared/schema/kanban.js'
import type { Translate } from '../../i18n/i18n.js'

/** A stage's name: its own title once renamed, the translated default otherwise. */
export function stageLabel(stage: StageMeta, t: Translate): string {
  if (stage.title !== null && stage.title !== '') return stage.title
  return isDefaultStage(stage.id) ? t(`kanban.stage.${stage.id}`) : t('kanban.stageUntitled')
}

/** Today on this device as `YYYY-MM-DD` (due dates are days, compared as text). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Splits a comma-separated field into trimmed, non-empty, unique items. */
export function splitList(value: string): string[] {
  return [...new Set(value.split(/[,;\n]/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean))]
}
