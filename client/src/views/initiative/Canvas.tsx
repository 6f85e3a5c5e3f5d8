/**
 * The canvas of one initiative: its blocks in the grant logic's order, each a
 * collaborative editor over the initiative document. All editors share that
 * document's one Y.Doc and provider.
 */
import { CANVAS_BLOCKS, type CanvasBlockId } from '../../../../shared/schema/initiative.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc, Person } from '../../sync/docRegistry.js'
import { blockElementId, CanvasBlock } from './CanvasBlock.js'
import { CanvasOutline } from './CanvasOutline.js'
import { useCanvasTexts } from './useCanvasTexts.js'
import { useCollapsed } from './useCollapsed.js'

export function Canvas({ cardId, entry, person }: { cardId: string; entry: OpenDoc; person: Person | null }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const texts = useCanvasTexts(entry.doc)
  const collapsed = useCollapsed(cardId)
  const filled = CANVAS_BLOCKS.filter((b) => texts[b.id].chars > 0).length

  // Open the block, then bring it into view and put the cursor in its text (after the editor has mounted).
  const jump = (id: CanvasBlockId) => {
    collapsed.expand(id)
    requestAnimationFrame(() => {
      const section = document.getElementById(blockElementId(id))
      section?.scrollIntoView({ block: 'start', behavior: 'smooth' })
      section?.querySelector<HTMLElement>('.ProseMirror')?.focus({ preventScroll: true })
    })
  }

  return (
    <section className="canvas" aria-labelledby="canvas-title">
      <div className="canvas__head">
        <div className="canvas__heading">
          <h2 id="canvas-title" className="section__title">
            {t('initiative.canvasTitle')}
          </h2>
          <span className="canvas__filled">{t('initiative.filled', { count: filled, total: CANVAS_BLOCKS.length })}</span>
        </div>
        <div className="canvas__actions">
          <button type="button" className="button button--quiet" onClick={() => collapsed.setAll(true)} disabled={collapsed.allCollapsed}>
            {t('initiative.collapseAll')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => collapsed.setAll(false)} disabled={collapsed.noneCollapsed}>
            {t('initiative.expandAll')}
          </button>
        </div>
      </div>
      <p className="canvas__intro">{t(readOnly ? 'initiative.canvasIntroReadOnly' : 'initiative.canvasIntro')}</p>
      <div className="canvas__layout">
        <CanvasOutline texts={texts} onJump={jump} />
        <div className="canvas__blocks">
          {CANVAS_BLOCKS.map((block) => (
            <CanvasBlock
              key={block.id}
              block={block}
              doc={entry.doc}
              provider={entry.provider}
              person={person}
              text={texts[block.id]}
              collapsed={collapsed.isCollapsed(block.id)}
              onToggle={() => collapsed.toggle(block.id)}
            />
          ))}
        </div>
      </div>
    </section>
  )
}
