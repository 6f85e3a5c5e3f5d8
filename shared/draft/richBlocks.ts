/**
 * Rich text as the export needs it: headings, paragraphs of runs (bold,
 * italic, line breaks) and lists with nesting levels — read from the
 * editor's fragment, so the Word file keeps the structure people typed.
 */
import * as Y from 'yjs'

/** A piece of text with its marks; '\n' inside is a line break. */
export interface TextRun {
  readonly text: string
  readonly bold?: boolean
  readonly italic?: boolean
}

export interface ExportListItem {
  readonly runs: readonly TextRun[]
  /** 0 for the outer list, 1 inside it, … */
  readonly level: number
}

export type ExportBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly ExportListItem[] }

/** The plain text of runs. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('')
}

/** The runs of an inline container (paragraph, heading). */
function inlineRuns(element: Y.XmlElement): TextRun[] {
  const runs: TextRun[] = []
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert?: unknown; attributes?: Record<string, unknown> }>) {
        if (typeof op.insert !== 'string' || op.insert === '') continue
        const a = op.attributes ?? {}
        runs.push({ text: op.insert, ...('bold' in a ? { bold: true } : {}), ...('italic' in a ? { italic: true } : {}) })
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      runs.push({ text: '\n' })
    } else if (child instanceof Y.XmlElement) {
      runs.push(...inlineRuns(child))
    }
  }
  return runs
}

const hasText = (runs: readonly TextRun[]) => runsText(runs).trim() !== ''

/** The items of a list element, nested lists one level deeper. */
function listItems(list: Y.XmlElement, level: number): ExportListItem[] {
  const items: ExportListItem[] = []
  for (const item of list.toArray()) {
    if (!(item instanceof Y.XmlElement)) continue
    for (const part of item.toArray()) {
      if (!(part instanceof Y.XmlElement)) continue
      if (part.nodeName === 'bulletList' || part.nodeName === 'orderedList') items.push(...listItems(part, level + 1))
      else {
        const runs = inlineRuns(part)
        if (hasText(runs)) items.push({ runs, level })
      }
    }
  }
  return items
}

/** The blocks of one element (a blockquote gives its inner blocks). */
function elementBlocks(node: Y.XmlElement): ExportBlock[] {
  switch (node.nodeName) {
    case 'heading': {
      const text = runsText(inlineRuns(node))
      return text.trim() === '' ? [] : [{ type: 'heading', text }]
    }
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(node, 0)
      return items.length === 0 ? [] : [{ type: 'list', ordered: node.nodeName === 'orderedList', items }]
    }
    case 'blockquote':
      return node.toArray().flatMap((child) => (child instanceof Y.XmlElement ? elementBlocks(child) : []))
    case 'horizontalRule':
      return []
    default: {
      // paragraph, codeBlock and anything newer: its text as a paragraph.
      const runs = inlineRuns(node)
      return hasText(runs) ? [{ type: 'paragraph', runs }] : []
    }
  }
}

/** A fragment as export blocks; blank paragraphs are left out (they are spacing, not text). */
export function fragmentBlocks(fragment: Y.XmlFragment): ExportBlock[] {
  return fragment.toArray().flatMap((node) => {
    if (node instanceof Y.XmlElement) return elementBlocks(node)
    if (node instanceof Y.XmlText) {
      const text = node.toString()
      return text.trim() === '' ? [] : [{ type: 'paragraph', runs: [{ text }] } as const]
    }
    return []
  })
}

/** A paragraph of one plain run. */
export function plainParagraph(text: string): ExportBlock {
  return { type: 'paragraph', runs: [{ text }] }
}
