/**
 * Limits shared by the UI (input lengths) and the server (validation). Plain
 * constants with no dependencies, so the client bundle stays small.
 */

/** Longest board title. */
export const BOARD_TITLE_MAX = 120
/** Longest settlement or district name. */
export const BOARD_PLACE_MAX = 120
/** Longest board description. */
export const BOARD_DESCRIPTION_MAX = 1000
