/** Whether a person may change a board from the home page (pure, so the rule is tested). */
import { can } from '../../../../shared/roles.js'
import type { Board } from '../../api/boards.js'

/**
 * The board's curator may. A board cached before boards carried `access`
 * falls back on the workspace role (a workspace curator is curator everywhere).
 */
export function mayManage(board: Pick<Board, 'access'>, workspaceCurator: boolean): boolean {
  if (!board.access) return workspaceCurator
  return can(board.access.role, 'manageBoard', { viewerMayComment: board.access.viewerMayComment })
}
