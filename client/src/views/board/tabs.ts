/** The tabs of a board page and what every tab receives. */
import type { OpenDoc } from '../../sync/docRegistry.js'

export const BOARD_TABS = ['initiatives', 'plan', 'consultations'] as const
export type BoardTab = (typeof BOARD_TABS)[number]

export function isBoardTab(value: string | undefined): value is BoardTab {
  return (BOARD_TABS as readonly string[]).includes(value ?? '')
}

/** Props of every tab component. */
export interface BoardTabProps {
  boardId: string
  /** The open `board:<id>` document, or null while it opens. */
  entry: OpenDoc | null
  /** True once the offline copy is read and the server has answered (or cannot): "empty" really means empty. */
  settled: boolean
}
