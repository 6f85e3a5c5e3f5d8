/**
 * Money, the way a budget needs it: amounts are integer kopecks (never
 * floats), a line's total is unit price × quantity rounded half up to the
 * kopeck, requested = total − co-financing, and amounts print the Russian way
 * through Intl ('1 234 567,89 ₽', with the no-break spaces Intl puts there).
 */

/** Quantities are kept to hundredths (0,5 ставки; 2,25 месяца). */
const QUANTITY_SCALE = 100n

/** Kopecks from whole rubles (for constants). */
export function rubles(amount: number): number {
  if (!Number.isSafeInteger(amount)) throw new Error(`not a whole number of rubles: ${amount}`)
  return amount * 100
}

/** True for an amount the budget can hold: a non-negative safe integer of kopecks. */
export function isKopecks(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** A quantity rounded to hundredths, as an integer count of hundredths. */
function hundredths(quantity: number): bigint {
  if (!Number.isFinite(quantity) || quantity < 0) return 0n
  return BigInt(Math.round(quantity * 100))
}

/** Unit price × quantity in kopecks, rounded half up (BigInt, so large sums stay exact). */
export function lineTotal(unitPrice: number, quantity: number): number {
  const product = BigInt(isKopecks(unitPrice) ? unitPrice : 0) * hundredths(quantity)
  const total = (product * 2n + QUANTITY_SCALE) / (QUANTITY_SCALE * 2n)
  return total > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(total)
}

/** Requested from the grant: total − co-financing (negative when co-financing exceeds the total; the readiness check flags it). */
export function lineRequested(total: number, cofinancing: number): number {
  return total - cofinancing
}

/** A share in percent with one decimal (0 when the whole is 0). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0
  return Number((BigInt(part) * 1000n + BigInt(whole) / 2n) / BigInt(whole)) / 10
}

const FORMAT = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2, maximumFractionDigits: 2 })
const FORMAT_PLAIN = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/**
 * Formats kopecks exactly: Intl lays out the whole rubles (a BigInt, so no
 * float is involved) and the kopecks replace the fraction it printed.
 */
function format(format: Intl.NumberFormat, kopecks: number): string {
  const k = BigInt(Math.trunc(kopecks))
  const abs = k < 0n ? -k : k
  const fraction = String(abs % 100n).padStart(2, '0')
  const text = format
    .formatToParts(abs / 100n)
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('')
  return k < 0n ? `-${text}` : text
}

/** Kopecks formatted as rubles: '1 234 567,89 ₽'. */
export function formatRubles(kopecks: number): string {
  return format(FORMAT, kopecks)
}

/** Kopecks formatted as a number of rubles without the sign: '1 234 567,89' (table cells). */
export function formatAmount(kopecks: number): string {
  return format(FORMAT_PLAIN, kopecks)
}

/**
 * Parses what a person types as rubles ('1 234 567,89', '1234567.8', '80 000 ₽')
 * into kopecks; null when it is not an amount (or has more than two decimals).
 */
export function parseRubles(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f₽]|руб\.?/g, '').replace(',', '.')
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(clean)
  if (!match) return null
  const kopecks = BigInt(match[1] as string) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'))
  return kopecks > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(kopecks)
}

/** Formats a quantity the Russian way ('2,5'). */
export function formatQuantity(quantity: number): string {
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(quantity)
}
