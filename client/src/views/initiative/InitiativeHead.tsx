/** The initiative's card, edited from its page: the title (the card's title on the board) and its stage. */
import { KANBAN_LIMITS, getCard, isDefaultStage, moveCard, updateCard, type CardMeta, type StageColumn, type StageMeta } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { TitleHeading } from '../../components/TitleHeading.js'
import type { Translate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

/** A stage's name: its own title once renamed, the translated default otherwise. */
export function stageName(stage: StageMeta, t: Translate): string {
  if (stage.title !== null) return stage.title
  return isDefaultStage(stage.id) ? t(`initiative.stage.${stage.id}`) : stage.id
}

export function InitiativeHead({ card, columns, entry }: { card: CardMeta; columns: readonly StageColumn[]; entry: OpenDoc }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const current = columns.find((c) => c.stage.id === card.stage)?.stage
  return (
    <div className="initiative-head">
      <TitleField card={card} entry={entry} />
      {readOnly ? (
        <p className="initiative-head__stage access-stage">{current ? t('access.stage', { stage: stageName(current, t) }) : ''}</p>
      ) : (
        <label className="field initiative-head__stage">
          <span className="field__label">{t('initiative.stageLabel')}</span>
          <select
            className="input"
            value={card.stage}
            onChange={(e) => {
              const target = columns.find((c) => c.stage.id === e.target.value)
              // To the end of the new stage, as a drop on the column would.
              if (target) moveCard(entry.doc, card.id, target.stage.id, target.cards.length)
            }}
          >
            {columns.map(({ stage }) => (
              <option key={stage.id} value={stage.id}>
                {stageName(stage, t)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}

/** The title: the card's title on the board, for everyone. */
function TitleField({ card, entry }: { card: CardMeta; entry: OpenDoc }) {
  const { t } = useI18n()
  return (
    <TitleHeading
      className="initiative-head__title"
      value={card.title}
      label={t('initiative.titleLabel')}
      placeholder={t('initiative.untitled')}
      maxLength={KANBAN_LIMITS.title}
      onSave={(title) => getCard(entry.doc, card.id) !== null && updateCard(entry.doc, card.id, { title })}
    />
  )
}
