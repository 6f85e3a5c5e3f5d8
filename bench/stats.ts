/** Small statistics and formatting helpers for benchmark output. */

/** The q-quantile (0..1) of values already sorted ascending (nearest rank). */
export function quantile(sorted: Float64Array | number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** Median of unsorted values. */
export function median(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5)
}

/** Concatenates and sorts latency arrays. */
export function mergeSorted(parts: Float64Array[]): Float64Array {
  const total = parts.reduce((n, p) => n + p.length, 0)
  const all = new Float64Array(total)
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  return all.sort()
}

/** Formats a number with `digits` decimals, or '—' when missing. */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** ours / reference, or null when either is missing. */
export function ratio(ours: number | null | undefined, reference: number | null | undefined): number | null {
  if (ours === null || ours === undefined || reference === null || reference === undefined) return null
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference === 0) return null
  return ours / reference
}

/** Renders rows as a fixed-width text table (first row is the header). */
export function textTable(rows: string[][]): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  const line = (row: string[]): string => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  const [head, ...body] = rows
  if (head === undefined) return ''
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

/** Renders rows as a Markdown table (first row is the header). */
export function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows
  if (head === undefined) return ''
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'))
  return [head, align, ...body].map((r) => `| ${r.join(' | ')} |`).join('\n')
}
