/**
 * The readiness check's messages in Russian and English: the UI shows them
 * beside the draft and the export prints them in its report, from this one
 * catalog. `{name}` is replaced by the problem's parameter of that name.
 */

export const LANGS = ['ru', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type Localized = Readonly<Record<Lang, string>>

/** Every readiness problem's message, by code. */
export const READINESS_MESSAGES = {
  'field.required': { ru: '«{field}»: поле не заполнено', en: '“{field}”: the field is empty' },
  'field.overLimit': { ru: '«{field}»: {count} знаков с пробелами, допустимо не больше {limit}', en: '“{field}”: {count} characters with spaces, the limit is {limit}' },
  'field.tooFewItems': { ru: '«{field}»: пунктов {count}, нужно не меньше {min}', en: '“{field}”: {count} items, at least {min} needed' },
  'field.tooManyItems': { ru: '«{field}»: пунктов {count}, допустимо не больше {max}', en: '“{field}”: {count} items, at most {max} allowed' },
  'field.unknownOption': { ru: '«{field}»: варианта «{value}» нет в этой форме', en: '“{field}”: “{value}” is not an option of this form' },
  'calendar.taskFewActivities': { ru: 'Задача «{task}»: мероприятий {count}, нужно не меньше двух', en: 'Task “{task}”: {count} activities, at least two needed' },
  'calendar.activityNoTask': { ru: 'Мероприятие «{activity}» не отнесено к задаче', en: 'Activity “{activity}” belongs to no task' },
  'calendar.activityNoDates': { ru: 'Мероприятие «{activity}»: не указаны даты', en: 'Activity “{activity}”: no dates' },
  'calendar.activityEndsBeforeStart': { ru: 'Мероприятие «{activity}» заканчивается раньше, чем начинается', en: 'Activity “{activity}” ends before it starts' },
  'calendar.activityOutsidePeriod': { ru: 'Мероприятие «{activity}» выходит за сроки проекта ({start} — {end})', en: 'Activity “{activity}” falls outside the project period ({start} – {end})' },
  'calendar.activityWholePeriod': { ru: 'Мероприятие «{activity}» длится весь проект — разбейте его на этапы', en: 'Activity “{activity}” lasts the whole project — split it into stages' },
  'project.tooLong': { ru: 'Проект длится {months} мес., конкурс допускает не больше {max}', en: 'The project lasts {months} months, the competition allows at most {max}' },
  'budget.lineNoActivity': { ru: 'Расход «{item}» не связан ни с одним мероприятием', en: 'Cost “{item}” is tied to no activity' },
  'budget.emptyLine': { ru: 'Расход «{item}»: не указаны цена или количество', en: 'Cost “{item}”: no unit price or quantity' },
  'budget.unknownArticle': { ru: 'Расход «{item}»: статьи «{article}» нет в бюджете этой формы', en: 'Cost “{item}”: the form’s budget has no article “{article}”' },
  'budget.cofinancingOverTotal': { ru: 'Расход «{item}»: софинансирование {cofinancing} больше общей стоимости {total}', en: 'Cost “{item}”: co-financing {cofinancing} exceeds the total {total}' },
  'budget.salaryCap': { ru: 'Расход «{item}»: оплата труда {price} в месяц на человека выше предела {cap}', en: 'Cost “{item}”: pay of {price} per person per month exceeds the cap of {cap}' },
  'budget.hotelCap': { ru: 'Расход «{item}»: проживание {price} в сутки выше предела {cap}', en: 'Cost “{item}”: a hotel night at {price} exceeds the cap of {cap}' },
  'budget.dailyAllowanceCap': { ru: 'Расход «{item}»: суточные {price} выше предела {cap}', en: 'Cost “{item}”: a daily allowance of {price} exceeds the cap of {cap}' },
  'budget.subcontractShare': { ru: 'Услуги сторонних организаций — {share} % запрашиваемой суммы, допустимо не больше {max} %', en: 'Subcontracted services are {share} % of the requested sum, at most {max} % allowed' },
  'budget.overMaxRequested': { ru: 'Запрашиваемая сумма {requested} больше предела конкурса {max}', en: 'The requested sum {requested} exceeds the competition’s maximum of {max}' },
} as const satisfies Record<string, Localized>

export type ReadinessCode = keyof typeof READINESS_MESSAGES

/** Parameters of a message: names → what replaces `{name}`. */
export type MessageParams = Readonly<Record<string, string | number>>

/** Fills `{name}` placeholders; an unknown name stays as written, so a missing parameter shows rather than vanishes. */
export function fillMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** A readiness problem's message in a language. */
export function readinessMessage(code: ReadinessCode, params: MessageParams, lang: Lang = 'ru'): string {
  return fillMessage(READINESS_MESSAGES[code][lang], params)
}
