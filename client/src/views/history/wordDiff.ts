/**
 * Word-level difference of two texts, for showing what changed between two
 * versions of a field: runs of kept, added and removed text. The texts are
 * cut into words, runs of spaces and single punctuation marks (so «слово,» →
 * «слово.» marks only the comma), and jsdiff's `diffArrays` finds the
 * shortest edit between the two token lists.
 */
import { diffArrays } from 'diff'

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

/** The runs that turn `before` into `after`: kept and removed runs spell `before`, kept and added ones `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const runs = diffArrays(tokenize(before), tokenize(after)).map((c): DiffPart => ({ op: c.added ? 'add' : c.removed ? 'del' : 'same', text: c.value.join('') }))
  return mergeRuns(phrases(runs))
}

/**
 * Reads a replaced phrase as one removed and one added run: a kept run of
 * nothing but spaces between two changes joins both sides («[-среду утром-]
 * {+пятницу вечером+}», not a zipper of single words).
 */
function phrases(runs: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let del = ''
  let add = ''
  let inChange = false
  const flush = () => {
    if (del) out.push({ op: 'del', text: del })
    if (add) out.push({ op: 'add', text: add })
    del = ''
    add = ''
  }
  runs.forEach((run, i) => {
    if (run.op === 'del') del += run.text
    else if (run.op === 'add') add += run.text
    else if (inChange && /^\s+$/.test(run.text) && (runs[i + 1]?.op ?? 'same') !== 'same') {
      del += run.text
      add += run.text
      return
    } else {
      flush()
      out.push(run)
    }
    inChange = run.op !== 'same'
  })
  flush()
  return out
}

/** Joins neighbouring runs of the same kind and drops empty ones. */
function mergeRuns(runs: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out[out.length - 1]
    if (last && last.op === run.op) out[out.length - 1] = { op: run.op, text: last.text + run.text }
    else out.push(run)
  }
  return out
}
