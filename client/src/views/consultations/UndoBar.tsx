/** Moved to components/UndoBar.tsx; kept while the draft tables still import it from here. */
export { UndoBar, useUndo, type UndoOffer } from '../../components/UndoBar.js'
