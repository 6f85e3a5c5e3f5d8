/** Order and search of the board list: by title as the language sorts it, found by title or place. */
import type { Board } from '../../api/boards.js'

/** Boards sorted by title (then settlement), numbers in titles compared as numbers. */
export function sortBoards(boards: readonly Board[], locale: string): Board[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  return [...boards].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.settlement, b.settlement))
}

/** Lower case with «ё» as «е», the way people type a search. */
function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

/** True when every word of `query` is part of the board's title, settlement or district. */
export function matchesBoard(board: Board, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = fold(`${board.title} ${board.settlement} ${board.district}`)
  return words.every((w) => haystack.includes(w))
}
