/**
 * Numbers as people type them in the tables: quantities and counts the
 * Russian way («2,5», «1 000»). Money goes through `parseRubles`.
 */

/** A non-negative number with at most two decimals, or null; '' is `empty`. */
export function parseQuantity(text: string): number | null | 'empty' {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (clean === '') return 'empty'
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null
  const value = Number(clean)
  return Number.isFinite(value) && value <= 1e12 ? value : null
}

/** A quantity as a Russian reader writes it («2,5», «1 000»). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 2 }).format(value)
}

/** The index `moveRow` needs to swap a row with its neighbour within a group of a longer ordered list. */
export function neighbourIndex(all: ReadonlyArray<{ id: string }>, group: ReadonlyArray<{ id: string }>, id: string, step: -1 | 1): number | null {
  const at = group.findIndex((r) => r.id === id)
  return at === -1 ? null : groupMoveIndex(all, group, id, at + step)
}

/**
 * The index `moveRow` needs to put a row at place `to` of its group within a
 * longer ordered list: the index, in the whole list, of the row there now.
 * `moveRow` takes the index once moved: up, the row takes that row's place;
 * down, that row shifts up by one and the row lands after it, at its old
 * index either way.
 */
export function groupMoveIndex(all: ReadonlyArray<{ id: string }>, group: ReadonlyArray<{ id: string }>, id: string, to: number): number | null {
  const target = group[to]
  if (!target || !all.some((r) => r.id === id)) return null
  const index = all.findIndex((r) => r.id === target.id)
  return index === -1 ? null : index
}
