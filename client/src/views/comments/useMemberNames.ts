/**
 * Names of the board's members, whom a comment can @mention even when they are
 * not here now. Kept per board in localStorage, so mentions work offline too;
 * refreshed from the server whenever a comment panel opens online.
 */
import { useEffect, useState } from 'react'
import { useCurrentBoardId } from '../../access/BoardAccessProvider.js'
import { fetchMembers } from '../../api/members.js'

const key = (boardId: string) => `impact.members.${boardId}`

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
    fetchMembers(boardId).then(
      (members) => {
        const found = members.filter((m) => !m.user.disabled).map((m) => m.user.name)
        try {
          localStorage.setItem(key(boardId), JSON.stringify(found))
        } catch {
          // Storage full: the names last for this visit.
        }
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
