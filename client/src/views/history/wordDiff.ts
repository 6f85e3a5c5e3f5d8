/**
 * Word-level difference of two texts, for showing what changed between two
 * versions of a field: runs of kept, added and removed text. Words, runs of
 * spaces and single punctuation marks are the units, so «слово,» → «слово.»
 * marks only the comma, not the word.
 */

export type DiffOp = 'same' | 'add' | 'del'

/** One run of text with what happened to it. */
export interface DiffPart {
  readonly op: DiffOp
  readonly text: string
}

const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu

/** Splits a text into words, whitespace runs and single other characters. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** Appends a run, merging it with the previous one of the same kind. */
function push(out: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return
  const last = out[out.length - 1]
  if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text }
  else out.push({ op, text })
}

/**
 * The shortest edit script between two token lists (Myers' O(ND) algorithm),
 * as runs. Common ends are cut first: most edits touch a small middle.
 */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const out: DiffPart[] = []
  push(out, 'same', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  for (const part of middle(midA, midB)) push(out, part.op, part.text)
  push(out, 'same', a.slice(endA).join(''))
  return out
}

function middle(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return [...(n ? [{ op: 'del' as const, text: a.join('') }] : []), ...(m ? [{ op: 'add' as const, text: b.join('') }] : [])]
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walk the trace back from the end to recover the edits.
  const parts: DiffPart[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Int32Array
    const k = x - y
    const down = k === -d || (k !== d && (vd[offset + k - 1] ?? 0) < (vd[offset + k + 1] ?? 0))
    const prevK = down ? k + 1 : k - 1
    const prevX = vd[offset + prevK] ?? 0
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      parts.push({ op: 'same', text: a[x - 1] as string })
      x--
      y--
    }
    if (d > 0) {
      if (down) parts.push({ op: 'add', text: b[y - 1] as string })
      else parts.push({ op: 'del', text: a[x - 1] as string })
    }
    x = prevX
    y = prevY
  }
  const out: DiffPart[] = []
  for (let i = parts.length - 1; i >= 0; i--) push(out, (parts[i] as DiffPart).op, (parts[i] as DiffPart).text)
  return regroup(out)
}

/**
 * Reorders alternating small runs (del, add, del, add…) separated only by
 * spaces into one removed and one added run: «старый текст» → «новые слова»
 * reads as a whole phrase replaced, not as a zipper of words.
 */
function regroup(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let i = 0
  while (i < parts.length) {
    const part = parts[i] as DiffPart
    if (part.op === 'same') {
      out.push(part)
      i++
      continue
    }
    let del = ''
    let add = ''
    let j = i
    while (j < parts.length) {
      const p = parts[j] as DiffPart
      if (p.op === 'del') del += p.text
      else if (p.op === 'add') add += p.text
      else if (/^\s+$/.test(p.text) && j + 1 < parts.length && (parts[j + 1] as DiffPart).op !== 'same') {
        del += p.text
        add += p.text
      } else break
      j++
    }
    push(out, 'del', del)
    push(out, 'add', add)
    i = j
  }
  return out
}

/** Kept, removed and added runs turning `before` into `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }]
  return diffTokens(tokenize(before), tokenize(after))
}
