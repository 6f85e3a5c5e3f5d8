/** The smaller tables: quantitative results, the team, partners. */
import type * as Y from 'yjs'
import {
  addPartner,
  addQuantResult,
  addTeamMember,
  CONTRIBUTION_KINDS,
  listPartners,
  listQuantResults,
  listTeam,
  moveTableRow,
  removeTableRow,
  restoreTableRow,
  updatePartner,
  updateQuantResult,
  updateTeamMember,
  type DraftTable,
  type Partner,
  type QuantResult,
  type TeamMember,
} from '../../../../../shared/draft/index.js'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import type { UndoOffer } from '../../../components/UndoBar.js'
import { DataTable, type Column } from './DataTable.js'
import { AddButton, TableEmpty } from './Empty.js'
import { focusRow } from './focusRow.js'
import { NumberCell } from './NumberCell.js'
import { RowTools } from './RowTools.js'
import { CellText, TextCell } from './TextCell.js'
import { sameJson, useDocValue } from '../useDraft.js'

export interface TableProps {
  doc: Y.Doc
  offerUndo(offer: UndoOffer): void
}

/** A row's name for its buttons: its text in quotes, or «строку 2» when empty. */
function useRowName() {
  const { t } = useI18n()
  return (text: string, index: number) => (text.trim() === '' ? t('draftTables.rowN', { n: index + 1 }) : t('draftTables.quoted', { text: text.trim() }))
}

/** Drag, up/down and remove with «Отменить» for the rows of one of the small tables: DataTable's `tools` and `sorting`. */
function useRowTools(doc: Y.Doc, table: DraftTable, offerUndo: TableProps['offerUndo']) {
  const { t } = useI18n()
  return (rows: ReadonlyArray<{ id: string }>, name: (i: number) => string) => ({
    tools(row: { id: string }, i: number) {
      const label = name(i)
      return (
        <RowTools
          name={label}
          onUp={i > 0 ? () => moveTableRow(doc, table, row.id, i - 1) : null}
          onDown={i < rows.length - 1 ? () => moveTableRow(doc, table, row.id, i + 1) : null}
          onRemove={() => {
            const snapshot = removeTableRow(doc, table, row.id)
            if (snapshot) offerUndo({ message: t('draftTables.removed', { name: label }), undo: () => restoreTableRow(doc, table, snapshot) })
          }}
        />
      )
    },
    sorting: { name: (_row: { id: string }, i: number) => name(i), onMove: (id: string, index: number) => moveTableRow(doc, table, id, index) },
  })
}

export function QuantTable({ doc, offerUndo }: TableProps) {
  const { t } = useI18n()
  const rows = useDocValue(doc, listQuantResults, sameJson)
  const rowTools = useRowTools(doc, 'quant', offerUndo)
  const rowName = useRowName()
  const add = () => focusRow(addQuantResult(doc, {}))
  const columns: Array<Column<QuantResult>> = [
    { id: 'indicator', label: t('draftTables.colIndicator'), className: 'dt-col--wide', render: (r) => <TextCell value={r.indicator} label={t('draftTables.colIndicator')} placeholder={t('draftTables.indicatorPlaceholder')} onCommit={(v) => updateQuantResult(doc, r.id, { indicator: v })} /> },
    { id: 'value', label: t('draftTables.colValue'), className: 'dt-col--num dt-col--qty', render: (r) => <NumberCell kind="quantity" emptyIsNull value={r.value} label={t('draftTables.colValue')} onCommit={(v) => updateQuantResult(doc, r.id, { value: v })} /> },
  ]
  if (rows.length === 0) return <TableEmpty text={t('draftTables.quantEmpty')}><AddButton label={t('draftTables.addIndicator')} onAdd={add} /></TableEmpty>
  return (
    <>
      <DataTable label={t('draftTables.quantTable')} columns={columns} rows={rows} {...rowTools(rows, (i) => rowName(rows[i]?.indicator ?? '', i))} />
      <AddButton label={t('draftTables.addIndicator')} onAdd={add} />
    </>
  )
}

export function TeamTable({ doc, offerUndo }: TableProps) {
  const { t } = useI18n()
  const rows = useDocValue(doc, listTeam, sameJson)
  const rowTools = useRowTools(doc, 'team', offerUndo)
  const rowName = useRowName()
  const add = () => focusRow(addTeamMember(doc, {}))
  const text = (key: 'name' | 'role' | 'duties' | 'education' | 'experience', multiline: boolean, placeholder?: string) => (r: TeamMember) => (
    <TextCell value={r[key]} multiline={multiline} label={t(`draftTables.team.${key}`)} placeholder={placeholder} onCommit={(v) => updateTeamMember(doc, r.id, { [key]: v })} />
  )
  const columns: Array<Column<TeamMember>> = [
    {
      id: 'who',
      label: t('draftTables.team.who'),
      className: 'dt-col--who',
      render: (r) => (
        <div className="dt-stack">
          {text('name', false, t('draftTables.team.name'))(r)}
          {text('role', false, t('draftTables.team.rolePlaceholder'))(r)}
        </div>
      ),
    },
    { id: 'duties', label: t('draftTables.team.duties'), className: 'dt-col--wide', render: text('duties', true) },
    { id: 'education', label: t('draftTables.team.education'), render: text('education', true, t('draftTables.team.educationPlaceholder')) },
    { id: 'experience', label: t('draftTables.team.experience'), render: text('experience', true, t('draftTables.team.experiencePlaceholder')) },
  ]
  if (rows.length === 0) return <TableEmpty text={t('draftTables.teamEmpty')}><AddButton label={t('draftTables.addMember')} onAdd={add} /></TableEmpty>
  return (
    <>
      <DataTable label={t('draftTables.teamTable')} columns={columns} rows={rows} {...rowTools(rows, (i) => rowName(rows[i]?.name ?? '', i))} />
      <AddButton label={t('draftTables.addMember')} onAdd={add} />
    </>
  )
}

export function PartnersTable({ doc, offerUndo }: TableProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const rows = useDocValue(doc, listPartners, sameJson)
  const rowTools = useRowTools(doc, 'partners', offerUndo)
  const rowName = useRowName()
  const add = () => focusRow(addPartner(doc, {}))
  const text = (key: 'name' | 'person' | 'position' | 'description', multiline: boolean, placeholder?: string) => (r: Partner) => (
    <TextCell value={r[key]} multiline={multiline} label={t(`draftTables.partner.${key}`)} placeholder={placeholder} onCommit={(v) => updatePartner(doc, r.id, { [key]: v })} />
  )
  // A reader sees the kinds chosen and whether there is a letter, not a column of boxes to tick.
  const contribution = (r: Partner) =>
    readOnly ? (
      <CellText value={r.contribution.map((kind) => t(`draftTables.contribution.${kind}`)).join(', ')} />
    ) : (
      <fieldset className="dt-checks">
        <legend className="sr-only">{t('draftTables.partner.contribution')}</legend>
        {CONTRIBUTION_KINDS.map((kind) => (
          <label key={kind} className="dt-check">
            <input
              type="checkbox"
              checked={r.contribution.includes(kind)}
              onChange={(e) => updatePartner(doc, r.id, { contribution: e.target.checked ? [...r.contribution, kind] : r.contribution.filter((k) => k !== kind) })}
            />
            {t(`draftTables.contribution.${kind}`)}
          </label>
        ))}
      </fieldset>
    )
  const columns: Array<Column<Partner>> = [
    {
      id: 'who',
      label: t('draftTables.partner.who'),
      className: 'dt-col--who',
      render: (r) => (
        <div className="dt-stack">
          {text('name', true, t('draftTables.partner.name'))(r)}
          {text('person', false, t('draftTables.partner.person'))(r)}
          {text('position', false, t('draftTables.partner.position'))(r)}
        </div>
      ),
    },
    { id: 'contribution', label: t('draftTables.partner.contribution'), render: contribution },
    { id: 'description', label: t('draftTables.partner.description'), className: 'dt-col--wide', render: text('description', true) },
    {
      id: 'letter',
      label: t('draftTables.partner.letter'),
      className: 'dt-col--check',
      render: (r) =>
        readOnly ? (
          <CellText value={r.letter ? t('draftTables.partner.letterYes') : ''} />
        ) : (
          <label className="dt-check">
            <input type="checkbox" checked={r.letter} onChange={(e) => updatePartner(doc, r.id, { letter: e.target.checked })} />
            {t('draftTables.partner.letterYes')}
          </label>
        ),
    },
  ]
  if (rows.length === 0) return <TableEmpty text={t('draftTables.partnersEmpty')}><AddButton label={t('draftTables.addPartner')} onAdd={add} /></TableEmpty>
  return (
    <>
      <DataTable label={t('draftTables.partnersTable')} columns={columns} rows={rows} {...rowTools(rows, (i) => rowName(rows[i]?.name ?? '', i))} />
      <AddButton label={t('draftTables.addPartner')} onAdd={add} />
    </>
  )
}
