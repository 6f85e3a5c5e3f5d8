/** Board lists and single boards for the views, falling back to the cached copy offline. */
import { useCallback, useEffect, useState } from 'react'
import { useDocRegistry } from '../sync/useDoc.js'
import { ApiError, cachedBoards, fetchBoard, fetchBoards, type Board } from './boards.js'

export type Source = 'loading' | 'server' | 'cache' | 'failed'

export interface BoardList {
  boards: Board[]
  source: Source
  reload(): void
  /** Puts a board the server returned into the list: added, replaced, or (when deleted) taken out. */
  put(board: Board): void
}

/** Loads the board list; retries when the network comes back. */
export function useBoards(): BoardList {
  const registry = useDocRegistry()
  const [boards, setBoards] = useState<Board[]>(cachedBoards)
  const [source, setSource] = useState<Source>('loading')
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    let live = true
    fetchBoards().then(
      (list) => {
        if (!live) return
        registry.reportApi(true)
        setBoards(list)
        setSource('server')
      },
      (e: unknown) => {
        if (!live) return
        if (e instanceof ApiError && e.code === 'network') registry.reportApi(false)
        const cached = cachedBoards()
        setBoards(cached)
        setSource(cached.length > 0 ? 'cache' : 'failed')
      },
    )
    return () => {
      live = false
    }
  }, [registry, attempt])

  useEffect(() => {
    window.addEventListener('online', reload)
    return () => window.removeEventListener('online', reload)
  }, [reload])

  const put = useCallback(
    (board: Board) => setBoards((list) => [...(board.deleted ? [] : [board]), ...list.filter((b) => b.id !== board.id)]),
    [],
  )
  return { boards, source, reload, put }
}

/** One board's title and settlement: the cached copy at once, the server's when it answers. */
export function useBoard(id: string): { board: Board | null; missing: boolean } {
  const registry = useDocRegistry()
  const [board, setBoard] = useState<Board | null>(() => cachedBoards().find((b) => b.id === id) ?? null)
  const [missing, setMissing] = useState(false)
  useEffect(() => {
    let live = true
    setBoard(cachedBoards().find((b) => b.id === id) ?? null)
    setMissing(false)
    fetchBoard(id).then(
      (found) => {
        if (!live) return
        registry.reportApi(true)
        if (found) setBoard(found)
        else setMissing(true)
      },
      (e: unknown) => {
        if (live && e instanceof ApiError && e.code === 'network') registry.reportApi(false)
      },
    )
    return () => {
      live = false
    }
  }, [id, registry])
  return { board, missing }
}
