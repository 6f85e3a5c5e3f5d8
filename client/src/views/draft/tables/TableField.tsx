/**
 * The body of a table field of a draft (calendar plan, quantitative results,
 * budget, team, partners). The draft view wraps it with the field's title,
 * hint and counter; this renders and edits the rows, bound live to the
 * initiative document through the draft accessors.
 */
import type { Template, TemplateField } from '../../../../../shared/templates/index.js'
import type { OpenDoc } from '../../../sync/docRegistry.js'
import { UndoBar, useUndo } from '../../../components/UndoBar.js'
import { Budget } from './Budget.js'
import { CalendarPlan } from './CalendarPlan.js'
import { PartnersTable, QuantTable, TeamTable } from './SimpleTables.js'

export interface TableFieldProps {
  /** The `initiative:<cardId>` document the draft lives in. */
  entry: OpenDoc
  field: TemplateField
  template: Template
}

export function TableField({ entry, field, template }: TableFieldProps) {
  const undo = useUndo()
  const doc = entry.doc
  const props = { doc, offerUndo: undo.offer }
  let body
  switch (field.kind) {
    case 'calendarPlan':
      body = <CalendarPlan {...props} template={template} />
      break
    case 'budget':
      body = <Budget {...props} template={template} />
      break
    case 'quantResults':
      body = <QuantTable {...props} />
      break
    case 'team':
      body = <TeamTable {...props} />
      break
    case 'partners':
      body = <PartnersTable {...props} />
      break
    default:
      body = null
  }
  return (
    <div className="draft-table" data-kind={field.kind}>
      {body}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </div>
  )
}
