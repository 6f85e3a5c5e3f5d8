/**
 * Names of the board's members, whom a comment can @mention even when they are
 * not here now. Kept per board in localStorage, so mentions work offline too;
 * refreshed from the server at most once a minute per board.
 */
import { useEffect, useState } from 'react'
import { useCurrentBoardId } from '../../access/BoardAccessProvider.js'
import { fetchMembers } from '../../api/members.js'

const key = (boardId: string) => `impact.members.${boardId}`

/** How long one answer serves every comment box of a board (a canvas has one per block). */
const SHARED_MS = 60_000
const requests = new Map<string, { at: number; names: Promise<string[]> }>()

/** The members' names from the server, one request per board at a time, kept in localStorage for offline. */
function loadNames(boardId: string): Promise<string[]> {
  const recent = requests.get(boardId)
  if (recent && Date.now() - recent.at < SHARED_MS) return recent.names
  const names = fetchMembers(boardId).then((members) => {
    const found = members.filter((m) => !m.user.disabled).map((m) => m.user.name)
    try {
      localStorage.setItem(key(boardId), JSON.stringify(found))
    } catch {
      // Storage full: the names last for this visit.
    }
    return found
  })
  // A failure (offline, not allowed) is not kept: the next box asks again.
  names.catch(() => requests.delete(boardId))
  requests.set(boardId, { at: Date.now(), names })
  return names
}

function cached(boardId: string | null): string[] {
  if (!boardId) return []
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(boardId)) ?? '[]')
    return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : []
  } catch {
    return []
  }
}

export function useMemberNames(): string[] {
  const boardId = useCurrentBoardId()
  const [names, setNames] = useState<string[]>(() => cached(boardId))
  useEffect(() => {
    if (!boardId) return
    let live = true
    setNames(cached(boardId))
    loadNames(boardId).then(
      (found) => {
        if (live) setNames(found)
      },
      // Offline or not allowed: the cached names (or only the people here now) will do.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [boardId])
  return names
}
