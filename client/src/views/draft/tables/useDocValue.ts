/**
 * A value read from the initiative document through the draft accessors,
 * re-read after every change anyone makes (local or remote). Keeps the same
 * object while what it reads is unchanged, so unrelated typing elsewhere in
 * the draft does not re-render the tables.
 */
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { observeDraft } from '../../../../../shared/draft/index.js'

export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const readRef = useRef(read)
  readRef.current = read
  const [state, setState] = useState(() => {
    const value = read(doc)
    return { value, json: JSON.stringify(value) }
  })
  useEffect(() => {
    const update = () =>
      setState((prev) => {
        const value = readRef.current(doc)
        const json = JSON.stringify(value)
        return json === prev.json ? prev : { value, json }
      })
    update()
    return observeDraft(doc, update)
  }, [doc])
  return state.value
}
