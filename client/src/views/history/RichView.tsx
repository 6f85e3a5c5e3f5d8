/** An old version's rich text, read-only: headings, paragraphs (bold, italic, line breaks) and lists as they were typed. */
import { Fragment } from 'react'
import type * as Y from 'yjs'
import { fragmentBlocks, type TextRun } from '../../../../shared/draft/richBlocks.js'

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => {
        const lines = run.text.split('\n')
        let node: React.ReactNode = lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            {line}
          </Fragment>
        ))
        if (run.bold) node = <strong>{node}</strong>
        if (run.italic) node = <em>{node}</em>
        return <Fragment key={i}>{node}</Fragment>
      })}
    </>
  )
}

export function RichView({ fragment }: { fragment: Y.XmlFragment }) {
  const blocks = fragmentBlocks(fragment)
  return (
    <div className="history-rich">
      {blocks.map((block, i) => {
        if (block.type === 'heading') return <h4 key={i}>{block.text}</h4>
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
              <li key={j} style={{ marginInlineStart: `${item.level * 1.25}rem` }}>
                <Runs runs={item.runs} />
              </li>
            ))}
          </List>
        )
      })}
    </div>
  )
}
