/** The head of a card's dialog (editing or reading): title, its stage, «Открыть холст» and close. */
import { CrossIcon, OpenIcon } from '../../components/icons.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'

export function CardDialogHead({ titleId, title, stageName, boardId, cardId, onClose }: { titleId: string; title: string; stageName: string; boardId: string; cardId: string; onClose(): void }) {
  const { t } = useI18n()
  return (
    <div className="kdialog__head">
      <div>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <p className="kdialog__stage">
          <span className="muted">{t('kanban.edit.stage', { stage: stageName })}</span>
          <Link to={paths.initiative(boardId, cardId)} className="kcard__open" onClick={onClose}>
            <OpenIcon />
            {t('kanban.card.open')}
          </Link>
        </p>
      </div>
      <button type="button" className="button button--quiet kdialog__close" aria-label={t('kanban.edit.close')} onClick={onClose}>
        <CrossIcon />
      </button>
    </div>
  )
}
