/** The collaborative rich-text editor, shared by notes and canvas blocks (lazy chunks only). */
export { CollabEditor, type CaretProvider, type CollabEditorProps } from './CollabEditor.js'
export type { ToolbarVariant } from './tools.js'
export { useFragmentText, type FragmentText } from './useFragmentText.js'
