/**
 * Rich text read from a Yjs fragment without an editor: headings, paragraphs
 * (bold, italic, line breaks) and lists as they were typed. Stands in for an
 * editor not made yet (the draft), and shows an old version (history).
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { fragmentBlocks, type ExportBlock, type TextRun } from '../../../shared/draft/richBlocks.js'

/** The fragment's blocks, re-read after every change while `live`. */
function useFragmentBlocks(fragment: Y.XmlFragment, live: boolean): ExportBlock[] {
  const [blocks, setBlocks] = useState<ExportBlock[]>(() => fragmentBlocks(fragment))
  useEffect(() => {
    if (!live) return
    const update = () => setBlocks(fragmentBlocks(fragment))
    update()
    fragment.observeDeep(update)
    return () => fragment.unobserveDeep(update)
  }, [fragment, live])
  return blocks
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => {
        // '\n' inside a run is a hard line break.
        let node: ReactNode = run.text.split('\n').map((line, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            {line}
          </Fragment>
        ))
        if (run.italic) node = <em>{node}</em>
        if (run.bold) node = <strong>{node}</strong>
        return <Fragment key={i}>{node}</Fragment>
      })}
    </>
  )
}

export interface RichBlocksProps {
  fragment: Y.XmlFragment
  /** Shown when there is no text. */
  empty?: ReactNode
  /** Follow changes (a live document) or render once (an old version). */
  live?: boolean
  /** The level headings in the text take on this page. */
  headingLevel?: 2 | 3 | 4
}

export function RichBlocks({ fragment, empty = null, live = true, headingLevel = 2 }: RichBlocksProps) {
  const blocks = useFragmentBlocks(fragment, live)
  if (blocks.length === 0) return <>{empty}</>
  const Heading = `h${headingLevel}` as const
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'heading') return <Heading key={i}>{block.text}</Heading>
        if (block.type === 'paragraph') {
          return (
            <p key={i}>
              <Runs runs={block.runs} />
            </p>
          )
        }
        const List = block.ordered ? 'ol' : 'ul'
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j} style={item.level > 0 ? { marginInlineStart: `${item.level * 1.5}rem` } : undefined}>
                <Runs runs={item.runs} />
              </li>
            ))}
          </List>
        )
      })}
    </>
  )
}
