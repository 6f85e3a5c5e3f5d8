/** Live plain text and character count of a rich-text fragment, by the rule the server and the grant templates use. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { countChars, fragmentText } from '../../../shared/schema/richText.js'

/** What a counter shows: the text (for previews) and its length «с пробелами». */
export interface FragmentText {
  text: string
  chars: number
}

const read = (fragment: Y.XmlFragment): FragmentText => {
  const text = fragmentText(fragment)
  return { text, chars: countChars(text) }
}

const EMPTY: FragmentText = { text: '', chars: 0 }

/**
 * The fragment's text after every change, local or remote. Works whether or
 * not an editor is mounted on the fragment (a collapsed block still counts).
 */
export function useFragmentText(fragment: Y.XmlFragment | null): FragmentText {
  const [value, setValue] = useState<FragmentText>(() => (fragment ? read(fragment) : EMPTY))
  useEffect(() => {
    if (!fragment) {
      setValue(EMPTY)
      return
    }
    const update = () =>
      setValue((prev) => {
        const next = read(fragment)
        return next.text === prev.text ? prev : next
      })
    update()
    fragment.observeDeep(update)
    return () => fragment.unobserveDeep(update)
  }, [fragment])
  return value
}
