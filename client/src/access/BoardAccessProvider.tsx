/**
 * The board's access for every component under a board, initiative or note
 * page: deep components call `useAccess()` instead of receiving a role prop.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Board } from '../api/boards.js'
import { useBoard } from '../api/useBoards.js'
import { accessFrom, UNKNOWN, type BoardAccess } from './access.js'

const AccessContext = createContext<BoardAccess>(UNKNOWN)
const BoardIdContext = createContext<string | null>(null)

/** The person's access to one board: the cached copy at once (offline too), the server's when it answers. */
export function useBoardAccess(boardId: string): BoardAccess {
  return useAccessOf(useBoard(boardId).board)
}

/** The access a board (as `useBoard` gives it) grants; for pages that already hold the board. */
export function useAccessOf(board: Board | null): BoardAccess {
  const info = board?.access
  const role = info?.role
  const mayComment = info?.viewerMayComment
  // Rebuilt only when the role changes, so consumers do not re-render on every board fetch.
  return useMemo(() => accessFrom(role === undefined ? null : { role, viewerMayComment: mayComment === true }), [role, mayComment])
}

/** Provides `access` to the page below (the page already knows it: it shows the banner and the header links). */
export function BoardAccessProvider({ access, boardId, children }: { access: BoardAccess; boardId: string; children: ReactNode }) {
  return (
    <BoardIdContext.Provider value={boardId}>
      <AccessContext.Provider value={access}>{children}</AccessContext.Provider>
    </BoardIdContext.Provider>
  )
}

/** The id of the board being shown, or null outside a board's pages. */
export function useCurrentBoardId(): string | null {
  return useContext(BoardIdContext)
}

/**
 * The access of the board being shown. Outside a provider it is the unknown
 * access (read-only): a component that forgot its page's provider errs on the
 * side of not letting someone type what the server would refuse.
 */
export function useAccess(): BoardAccess {
  return useContext(AccessContext)
}
