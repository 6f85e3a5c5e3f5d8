/** The canvas's table of contents beside the blocks: each block, whether it has text, a jump to it. */
import { CANVAS_BLOCKS, type CanvasBlockId } from '../../../../shared/schema/initiative.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { CanvasTexts } from './useCanvasTexts.js'

export function CanvasOutline({ texts, onJump }: { texts: CanvasTexts; onJump(id: CanvasBlockId): void }) {
  const { t } = useI18n()
  return (
    <nav className="canvas-outline" aria-label={t('initiative.outline')}>
      <ol className="canvas-outline__list">
        {CANVAS_BLOCKS.map((block) => {
          const chars = texts[block.id].chars
          return (
            <li key={block.id} className={chars > 0 ? 'canvas-outline__item canvas-outline__item--filled' : 'canvas-outline__item'}>
              <button type="button" className="canvas-outline__link" onClick={() => onJump(block.id)}>
                <span className="canvas-outline__name">{t(block.labelKey)}</span>
                <span className="canvas-outline__count">{chars > 0 ? t('initiative.charsShort', { count: chars }) : t('initiative.blockEmpty')}</span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
