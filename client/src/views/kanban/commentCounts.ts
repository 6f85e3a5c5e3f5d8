/** Open comment threads per card, for the card tiles (provided once by the tab, read by each card). */
import { createContext, useContext } from 'react'

const CommentCounts = createContext<ReadonlyMap<string, number>>(new Map())

export const CommentCountsProvider = CommentCounts.Provider

/** Open comment threads on a card. */
export function useCommentCount(cardId: string): number {
  return useContext(CommentCounts).get(cardId) ?? 0
}
