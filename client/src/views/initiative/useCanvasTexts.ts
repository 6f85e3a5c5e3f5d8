/** Every canvas block's text and length, kept current — collapsed blocks (no editor) included. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { CANVAS_BLOCK_IDS, canvasFragment, type CanvasBlockId } from '../../../../shared/schema/initiative.js'
import { countChars, fragmentText } from '../../../../shared/schema/richText.js'
import type { FragmentText } from '../../editor/useFragmentText.js'

export type CanvasTexts = Record<CanvasBlockId, FragmentText>

function readBlock(doc: Y.Doc, id: CanvasBlockId): FragmentText {
  const text = fragmentText(canvasFragment(doc, id))
  return { text, chars: countChars(text) }
}

function readAll(doc: Y.Doc | null): CanvasTexts {
  const out = {} as CanvasTexts
  for (const id of CANVAS_BLOCK_IDS) out[id] = doc ? readBlock(doc, id) : { text: '', chars: 0 }
  return out
}

/** One observer per block, so a keystroke recounts only the block it was typed in. */
export function useCanvasTexts(doc: Y.Doc | null): CanvasTexts {
  const [texts, setTexts] = useState<CanvasTexts>(() => readAll(doc))
  useEffect(() => {
    setTexts(readAll(doc))
    if (!doc) return
    const stops = CANVAS_BLOCK_IDS.map((id) => {
      const fragment = canvasFragment(doc, id)
      const update = () =>
        setTexts((prev) => {
          const next = readBlock(doc, id)
          return next.text === prev[id].text ? prev : { ...prev, [id]: next }
        })
      fragment.observeDeep(update)
      return () => fragment.unobserveDeep(update)
    })
    return () => stops.forEach((stop) => stop())
  }, [doc])
  return texts
}
