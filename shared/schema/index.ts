/** Document schemas: typed accessors over each document's Yjs types. */
export * from './board.js'
export * from './note.js'
