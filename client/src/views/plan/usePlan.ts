/** The module plan by month, kept current; `months` are included even when empty (somewhere to add and drop). */
import { useEffect, useState } from 'react'
import { observePlan, planByMonth, type PlanMonth } from '../../../../shared/schema/plan.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

export function usePlan(entry: OpenDoc | null, months: readonly string[]): PlanMonth[] {
  const [plan, setPlan] = useState<PlanMonth[]>([])
  const key = months.join(',')
  useEffect(() => {
    const shown = key === '' ? [] : key.split(',')
    if (!entry) {
      setPlan([])
      return
    }
    const read = () => setPlan(planByMonth(entry.doc, shown))
    read()
    return observePlan(entry.doc, read)
  }, [entry, key])
  return plan
}
