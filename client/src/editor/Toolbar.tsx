/** The row of formatting buttons above an editor. */
import { useEditorState, type Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'
import { TOOLS } from './tools.js'

/** `children` go at the end of the row (the comments button). */
export function Toolbar({ editor, variant, label, children }: { editor: Editor; variant: 'full' | 'compact'; label?: string; children?: ReactNode }) {
  const { t } = useI18n()
  const tools = TOOLS[variant]
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => tools.map((tool) => tool.active?.(e) ?? false),
    equalityFn: (a, b) => b !== null && a.length === b.length && a.every((v, i) => v === b[i]),
  })
  const compact = variant === 'compact'
  return (
    <div className={compact ? 'toolbar toolbar--compact' : 'toolbar'} role="toolbar" aria-label={label ?? t('editor.toolbar')}>
      {tools.map((tool, i) => (
        <button
          key={tool.id}
          type="button"
          className={compact ? `button button--tool button--glyph tool--${tool.id}` : 'button button--tool'}
          aria-pressed={tool.active ? active[i] : undefined}
          aria-label={compact ? t(tool.label) : undefined}
          title={compact ? t(tool.label) : undefined}
          // Keep the text's selection: the click formats what is selected, it must not take the focus first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          {compact ? <span aria-hidden="true">{t(tool.short)}</span> : t(tool.label)}
        </button>
      ))}
      {children}
    </div>
  )
}
