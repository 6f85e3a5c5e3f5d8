/**
 * The body of a table field of a draft (calendar plan, quantitative results,
 * budget, team, partners). The draft view wraps it with the field's title,
 * hint and counter; this renders and edits the rows.
 */
import type { Template, TemplateField } from '../../../../../shared/templates/index.js'
import type { OpenDoc } from '../../../sync/docRegistry.js'

export interface TableFieldProps {
  /** The `initiative:<cardId>` document the draft lives in. */
  entry: OpenDoc
  field: TemplateField
  template: Template
}

export function TableField({ field }: TableFieldProps) {
  return <div className="draft-table" data-kind={field.kind} />
}
