/** What is wrong with an activity's dates, shown on its row (the readiness check lists the same). */
import type { Activity } from '../../../../../shared/draft/index.js'

export type ActivityFlag = 'endBeforeStart' | 'outsidePeriod'

/** Days are `YYYY-MM-DD`, so comparing strings compares dates. */
export function activityFlags(activity: Pick<Activity, 'start' | 'end'>, period: { start: string; end: string } | null): ActivityFlag[] {
  const flags: ActivityFlag[] = []
  const { start, end } = activity
  if (start !== null && end !== null && end < start) flags.push('endBeforeStart')
  if (period !== null) {
    const first = start ?? end
    const last = end ?? start
    if ((first !== null && first < period.start) || (last !== null && last > period.end)) flags.push('outsidePeriod')
  }
  return flags
}
