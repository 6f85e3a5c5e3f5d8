/** Puts the cursor in a just-added row once it is on screen (the row comes from the document's update). */
export function focusRow(rowId: string): void {
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>(`#draft-row-${rowId} input, #draft-row-${rowId} textarea, #draft-row-${rowId} select`)
    first?.focus()
  })
}
