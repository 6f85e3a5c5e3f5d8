/**
 * A text field's content read from the document, without an editor: headings,
 * paragraphs with bold and italic, lists. Stands in for an editor that is not
 * made yet (and prints as it looks).
 */
import { useEffect, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { fragmentBlocks, type ExportBlock, type TextRun } from '../../../../shared/draft/index.js'

/** The fragment's blocks after every change, local or remote. */
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
        let node: ReactNode = run.text === '\n' ? <br /> : run.text
        if (run.italic) node = <em>{node}</em>
        if (run.bold) node = <strong>{node}</strong>
        return <span key={i}>{node}</span>
      })}
    </>
  )
}

/** The blocks as HTML; `empty` shows when there is no text. */
export function RichPreview({ fragment, empty, live = true }: { fragment: Y.XmlFragment; empty: ReactNode; live?: boolean }) {
  const blocks = useFragmentBlocks(fragment, live)
  if (blocks.length === 0) return <>{empty}</>
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'heading') return <h2 key={i}>{block.text}</h2>
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
              <li key={j} style={item.level > 0 ? { marginLeft: `${item.level * 1.5}rem` } : undefined}>
                <Runs runs={item.runs} />
              </li>
            ))}
          </List>
        )
      })}
    </>
  )
}
