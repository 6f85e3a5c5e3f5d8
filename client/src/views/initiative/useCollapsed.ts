/**
 * Which canvas blocks I have collapsed in one initiative: my own view, kept
 * on this device (localStorage), never in the shared document.
 */
import { useCallback, useState } from 'react'
import { CANVAS_BLOCK_IDS, isCanvasBlockId, type CanvasBlockId } from '../../../../shared/schema/initiative.js'

const keyOf = (cardId: string) => `impact.canvas.collapsed.${cardId}`

function load(cardId: string): Set<CanvasBlockId> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyOf(cardId)) ?? '[]')
    return new Set(Array.isArray(value) ? value.filter((v): v is CanvasBlockId => typeof v === 'string' && isCanvasBlockId(v)) : [])
  } catch {
    return new Set()
  }
}

function save(cardId: string, collapsed: ReadonlySet<CanvasBlockId>): void {
  try {
    if (collapsed.size === 0) localStorage.removeItem(keyOf(cardId))
    else localStorage.setItem(keyOf(cardId), JSON.stringify([...collapsed]))
  } catch {
    // Storage full or disabled: the choice lasts for this visit.
  }
}

export interface Collapsed {
  isCollapsed(id: CanvasBlockId): boolean
  toggle(id: CanvasBlockId): void
  expand(id: CanvasBlockId): void
  setAll(collapsed: boolean): void
  allCollapsed: boolean
  noneCollapsed: boolean
}

export function useCollapsed(cardId: string): Collapsed {
  const [collapsed, setCollapsed] = useState<ReadonlySet<CanvasBlockId>>(() => load(cardId))
  const change = useCallback(
    (next: (prev: ReadonlySet<CanvasBlockId>) => ReadonlySet<CanvasBlockId>) =>
      setCollapsed((prev) => {
        const value = next(prev)
        save(cardId, value)
        return value
      }),
    [cardId],
  )
  return {
    isCollapsed: (id) => collapsed.has(id),
    toggle: (id) =>
      change((prev) => {
        const next = new Set(prev)
        if (!next.delete(id)) next.add(id)
        return next
      }),
    expand: (id) => change((prev) => (prev.has(id) ? new Set([...prev].filter((b) => b !== id)) : prev)),
    setAll: (value) => change(() => new Set(value ? CANVAS_BLOCK_IDS : [])),
    allCollapsed: collapsed.size === CANVAS_BLOCK_IDS.length,
    noneCollapsed: collapsed.size === 0,
  }
}
