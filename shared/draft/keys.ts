/**
 * Where the project draft lives in the initiative document: every top-level
 * name, spelled once. Views and server code go through the accessors.
 *
 * - `draft` (Y.Map): the chosen template id, the organisation, the project period.
 * - `draft.<fieldId>` (Y.XmlFragment): the rich text of one text field.
 * - `draftLeftover` (Y.XmlFragment): «Не вошло в форму», text a template switch had no place for.
 * - `draftChoices` (Y.Map fieldId → string[]): what a choice field has selected.
 * - `draftListItems`, `draftCalendar`, `draftQuant`, `draftBudget`, `draftTeam`,
 *   `draftPartners` (Y.Map rowId → Y.Map): rows with a fractional `key`.
 *
 * Row maps are top-level and flat (a list item names its field) on purpose:
 * a nested Y.Map created by two people at once keeps only one of them, and
 * the rows written into the other would be lost.
 */

export const DraftKey = {
  meta: 'draft',
  leftover: 'draftLeftover',
  choices: 'draftChoices',
  listItems: 'draftListItems',
  calendar: 'draftCalendar',
  quant: 'draftQuant',
  budget: 'draftBudget',
  team: 'draftTeam',
  partners: 'draftPartners',
} as const

/** Keys inside the `draft` map. */
export const MetaField = {
  templateId: 'templateId',
  organisation: 'organisation',
  projectStart: 'projectStart',
  projectEnd: 'projectEnd',
} as const

/** The row key every ordered row stores. */
export const ROW_ORDER = 'key'

/** Name of a text field's fragment (the editor's `field`). */
export function draftFieldName(fieldId: string): string {
  return `draft.${fieldId}`
}
