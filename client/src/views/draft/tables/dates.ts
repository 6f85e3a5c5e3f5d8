/** Days as Russian forms write them (ДД.ММ.ГГГГ), read back into `YYYY-MM-DD`. */

/** `YYYY-MM-DD` → `ДД.ММ.ГГГГ`. */
export function toRuDay(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

/**
 * What a person typed («1.3.2026», «01.03.26», «01/03/2026», «2026-03-01»)
 * as `YYYY-MM-DD`; null when it is no real day; 'empty' for nothing.
 */
export function parseRuDay(text: string): string | null | 'empty' {
  const clean = text.trim()
  if (clean === '') return 'empty'
  let y: number, m: number, d: number
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean)
  const ru = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})$/.exec(clean)
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (ru) [d, m, y] = [Number(ru[1]), Number(ru[2]), Number(ru[3]?.length === 2 ? `20${ru[3]}` : ru[3])]
  else return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) return null
  return date.toISOString().slice(0, 10)
}
