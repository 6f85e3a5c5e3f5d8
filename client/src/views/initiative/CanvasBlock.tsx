/** One block of the canvas: its title (a disclosure button), what experts look for, its live length and its editor. */
import type * as Y from 'yjs'
import { canvasFragment, type CANVAS_BLOCKS } from '../../../../shared/schema/initiative.js'
import { CollabEditor, type CaretProvider } from '../../editor/CollabEditor.js'
import type { FragmentText } from '../../editor/useFragmentText.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { Person } from '../../sync/docRegistry.js'

type Block = (typeof CANVAS_BLOCKS)[number]

/** Id of a block's section, for the outline's jumps and the tests. */
export const blockElementId = (id: Block['id']) => `canvas-${id}`

/** How much of the text a collapsed block shows. */
const PREVIEW_CHARS = 160

export interface CanvasBlockProps {
  block: Block
  doc: Y.Doc
  provider: CaretProvider
  person: Person | null
  text: FragmentText
  collapsed: boolean
  onToggle(): void
}

export function CanvasBlock({ block, doc, provider, person, text, collapsed, onToggle }: CanvasBlockProps) {
  const { t } = useI18n()
  const base = blockElementId(block.id)
  const name = t(block.labelKey)
  const preview = text.text.replace(/\s+/g, ' ').trim()
  return (
    <section className={collapsed ? 'canvas-block canvas-block--collapsed' : 'canvas-block'} id={base} aria-labelledby={`${base}-title`} data-block={block.id}>
      <div className="canvas-block__head">
        <h3 className="canvas-block__title">
          <button type="button" id={`${base}-title`} className="canvas-block__toggle" aria-expanded={!collapsed} aria-controls={`${base}-body`} onClick={onToggle}>
            <span className="canvas-block__chevron" aria-hidden="true" />
            <span className="canvas-block__name">{name}</span>
          </button>
        </h3>
        <span className={text.chars > 0 ? 'canvas-block__count' : 'canvas-block__count canvas-block__count--empty'} data-chars={text.chars}>
          {text.chars > 0 ? t('initiative.chars', { count: text.chars }) : t('initiative.blockEmpty')}
        </span>
      </div>
      <p className="canvas-block__hint" id={`${base}-hint`}>
        {t(block.hintKey)}
      </p>
      <div id={`${base}-body`} className="canvas-block__body">
        {collapsed ? (
          preview !== '' && (
            <p className="canvas-block__preview">
              {preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS).trimEnd()}…` : preview}
            </p>
          )
        ) : person ? (
          <CollabEditor
            fragment={canvasFragment(doc, block.id)}
            provider={provider}
            person={person}
            variant="compact"
            label={t('initiative.blockField', { block: name })}
            toolbarLabel={t('initiative.blockTools', { block: name })}
            placeholder={t(`canvas.${block.id}.placeholder`)}
            describedBy={`${base}-hint`}
          />
        ) : null}
      </div>
    </section>
  )
}
