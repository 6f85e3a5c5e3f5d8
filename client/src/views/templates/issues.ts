/**
 * The shared schema's complaints about a template, as messages next to what
 * is wrong: each zod issue becomes a message key of the templates area (with
 * its numbers) and the path of the input it belongs to ("sections.0.title").
 */
import type { ZodError } from 'zod'

type ZodIssue = ZodError['issues'][number]

export type IssueKey =
  | 'templates.issue.required'
  | 'templates.issue.tooLong'
  | 'templates.issue.tooSmall'
  | 'templates.issue.tooBig'
  | 'templates.issue.notInteger'
  | 'templates.issue.idFormat'
  | 'templates.issue.articleCode'
  | 'templates.issue.needField'
  | 'templates.issue.needSection'
  | 'templates.issue.tooMany'
  | 'templates.issue.minOverMax'
  | 'templates.issue.choiceOptions'
  | 'templates.issue.duplicateField'
  | 'templates.issue.duplicateArticle'
  | 'templates.issue.other'

export interface EditorIssue {
  /** Dotted path of the input ('' for the template as a whole). */
  readonly path: string
  readonly key: IssueKey
  readonly params: Readonly<Record<string, string | number>>
}

const last = (path: readonly PropertyKey[]) => path[path.length - 1]

function keyOf(issue: ZodIssue): { key: IssueKey; params: Record<string, string | number> } {
  const path = issue.path
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { key: 'templates.issue.required', params: {} }
      if (issue.origin === 'array') return { key: last(path) === 'fields' ? 'templates.issue.needField' : 'templates.issue.needSection', params: {} }
      return { key: 'templates.issue.tooSmall', params: { min: Number(issue.minimum) } }
    case 'too_big':
      if (issue.origin === 'string') return { key: 'templates.issue.tooLong', params: { max: Number(issue.maximum) } }
      if (issue.origin === 'array') return { key: 'templates.issue.tooMany', params: { max: Number(issue.maximum) } }
      return { key: 'templates.issue.tooBig', params: { max: Number(issue.maximum) } }
    case 'invalid_type':
      return { key: issue.expected === 'int' || issue.expected === 'number' ? 'templates.issue.notInteger' : 'templates.issue.other', params: {} }
    case 'invalid_format':
      return { key: last(path) === 'code' ? 'templates.issue.articleCode' : 'templates.issue.idFormat', params: {} }
    case 'custom': {
      const message = issue.message
      if (message.startsWith('minItems')) return { key: 'templates.issue.minOverMax', params: {} }
      if (message.startsWith('a choice field')) return { key: 'templates.issue.choiceOptions', params: {} }
      const dup = /^duplicate (field id|budget article): (.*)$/.exec(message)
      if (dup) return { key: dup[1] === 'field id' ? 'templates.issue.duplicateField' : 'templates.issue.duplicateArticle', params: { id: dup[2] ?? '' } }
      return { key: 'templates.issue.other', params: {} }
    }
    default:
      return { key: 'templates.issue.other', params: {} }
  }
}

/** Readable issues, one per zod issue, in the schema's order. */
export function readIssues(issues: readonly ZodIssue[]): EditorIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), ...keyOf(issue) }))
}

/** The issues of one input (exact path), or of a whole row/object (the row's own path). */
export function issuesAt(issues: readonly EditorIssue[], path: string): EditorIssue[] {
  return issues.filter((i) => i.path === path)
}
