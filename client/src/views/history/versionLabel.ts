/** How versions are named and grouped in the list: by day, with their time, kind or name. */
import type { VersionMeta } from '../../../../shared/versions.js'
import { formatDate, type Locale, type Translate } from '../../i18n/i18n.js'

/** Hours and minutes on this device's clock: «14:05». */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
}

/** Day and time: «27 ноября 2026 г., 14:05» (a shorter «27 ноября, 14:05» within this year). */
export function formatDateTime(iso: string, locale: Locale, now: Date = new Date()): string {
  const date = new Date(iso)
  const sameYear = date.getFullYear() === now.getFullYear()
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
}

/** The local day of a timestamp, `YYYY-MM-DD`. */
export function localDayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Versions of one day, in the list's order. */
export interface VersionDay {
  readonly day: string
  /** «Сегодня», «Вчера» or the date. */
  readonly label: string
  readonly versions: readonly VersionMeta[]
}

/** Groups a newest-first list by local day. */
export function groupByDay(versions: readonly VersionMeta[], t: Translate, locale: Locale, now: Date = new Date()): VersionDay[] {
  const today = localDayOf(now)
  const yesterday = localDayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))
  const out: Array<{ day: string; label: string; versions: VersionMeta[] }> = []
  for (const v of versions) {
    const day = localDayOf(new Date(v.createdAt))
    let group = out[out.length - 1]
    if (!group || group.day !== day) {
      const label = day === today ? t('history.today') : day === yesterday ? t('history.yesterday') : formatDate(day, locale)
      group = { day, label, versions: [] }
      out.push(group)
    }
    group.versions.push(v)
  }
  return out
}

/** What a version is: its name, «Автосохранение», or «До восстановления версии от …». */
export function versionTitle(version: VersionMeta, all: readonly VersionMeta[], t: Translate, locale: Locale): string {
  if (version.kind === 'named' && version.name) return version.name
  if (version.kind === 'beforeRestore') {
    const from = all.find((v) => v.id === version.restoredFrom)
    return from ? t('history.kind.beforeRestore', { date: formatDateTime(from.createdAt, locale) }) : t('history.kind.beforeRestoreOther')
  }
  return t('history.kind.auto')
}

/** Distinct authors of the versions taken after `since` (ISO), in first-seen order. */
export function authorsSince(versions: readonly VersionMeta[], since: string): string[] {
  const after = Date.parse(since)
  const names = new Set<string>()
  for (const v of versions) if (Date.parse(v.createdAt) > after) v.authors.forEach((a) => names.add(a))
  return [...names]
}
