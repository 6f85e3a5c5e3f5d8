/**
 * The ФПГ application (Фонд президентских грантов), first competition of 2026:
 * fields 1–15 in the online form's numbering, then the team, calendar-plan
 * and budget tabs. Limits are those the help centre states; fields it gives
 * no figure for have none (a curator may set one in a copy).
 */
import { FPG_DIRECTIONS } from './directions.js'
import type { BudgetArticle, TemplateInput } from './types.js'

/** The nine ФПГ budget articles; pay (1) is split into 1.1–1.3. */
export const FPG_BUDGET_ARTICLES: BudgetArticle[] = [
  { code: '1', title: 'Оплата труда' },
  { code: '1.1', title: 'Оплата труда штатных сотрудников' },
  { code: '1.2', title: 'Оплата труда физических лиц по гражданско-правовым договорам' },
  { code: '1.3', title: 'Страховые взносы' },
  { code: '2', title: 'Командировочные расходы' },
  { code: '3', title: 'Офисные расходы' },
  { code: '4', title: 'Приобретение оборудования и инвентаря' },
  { code: '5', title: 'Разработка и поддержка сайтов, информационных систем' },
  { code: '6', title: 'Оплата юридических, информационных, консультационных услуг' },
  { code: '7', title: 'Расходы на проведение мероприятий' },
  { code: '8', title: 'Издательские, полиграфические услуги' },
  { code: '9', title: 'Прочие прямые расходы' },
]

/** Rubles to kopecks, for readable caps. */
const rub = (rubles: number) => rubles * 100

export const FPG_TEMPLATE: TemplateInput = {
  id: 'fpg-2026',
  name: 'Заявка ФПГ',
  shortName: 'ФПГ',
  competition: 'Фонд президентских грантов',
  version: '2026, первый конкурс',
  source: 'Справочный центр ФПГ («О проекте», «Календарный план», «Бюджет», «Общие требования», «Грантовые направления»), октябрь 2025; Положение о первом конкурсе 2026 г. (приказ ФПГ от 17.06.2025 № 11).',
  maxProjectMonths: 18,
  sections: [
    {
      id: 'direction', number: '1', title: 'Грантовое направление',
      fields: [
        { id: 'direction', number: '1', title: 'Грантовое направление', kind: 'choice', role: 'direction', options: [...FPG_DIRECTIONS], minItems: 1, maxItems: 1, required: true, hint: 'Одна заявка по направлению от организации; направление должно отвечать проблеме и целевой группе' },
        { id: 'theme', number: '1.1', title: 'Тематика', kind: 'text', role: 'theme', hint: 'Тематика внутри направления' },
      ],
    },
    {
      id: 'title', number: '2', title: 'Название проекта',
      fields: [{ id: 'title', number: '2', title: 'Название проекта', kind: 'text', role: 'title', maxChars: 300, required: true, hint: 'С заглавной буквы, без точки в конце и без кавычек в начале' }],
    },
    {
      id: 'summary', number: '3', title: 'Краткое описание',
      fields: [
        { id: 'summary', number: '3', title: 'Краткое описание', kind: 'rich', role: 'summary', required: true, hint: 'Целевая группа и территория, проблема, мероприятия списком, результаты — публикуется на сайте фонда' },
        { id: 'videos', number: '3.2', title: 'Видео о проекте', kind: 'list', role: 'videos', maxItems: 3, hint: 'Ссылки на видео, не больше трёх' },
      ],
    },
    {
      id: 'geography', number: '4', title: 'География',
      fields: [{ id: 'geography', number: '4', title: 'География проекта', kind: 'list', role: 'geography', from: ['geography'], required: true, hint: 'Территории должны совпадать с местами мероприятий в календарном плане и с бюджетом' }],
    },
    {
      id: 'dates', number: '5–6', title: 'Даты начала и окончания проекта',
      fields: [{ id: 'period', number: '5–6', title: 'Даты начала и окончания', kind: 'period', role: 'period', required: true, hint: 'По календарному плану; не больше 18 месяцев' }],
    },
    {
      id: 'targetGroups', number: '7', title: 'Целевые группы',
      fields: [{ id: 'targetGroups', number: '7', title: 'Целевые группы', kind: 'list', role: 'targetGroups', from: ['targetGroups'], required: true, hint: 'Для каждой группы — её проблема, мероприятия и результаты' }],
    },
    {
      id: 'problem', number: '8', title: 'Описание проблемы целевой группы, обоснование социальной значимости',
      fields: [{ id: 'problem', number: '8', title: 'Описание проблемы целевой группы, обоснование социальной значимости', kind: 'rich', role: 'problem', maxChars: 5000, from: ['problem', 'causes'], required: true, hint: 'Актуальность и социальная значимость: проблема с цифрами и ссылками на источники, её причины' }],
    },
    {
      id: 'goal', number: '9', title: 'Цель',
      fields: [{ id: 'goal', number: '9', title: 'Цель', kind: 'text', role: 'goal', from: ['goal'], required: true, hint: 'Лучше одна: конкретная, измеримая, достижимая и со сроком' }],
    },
    {
      id: 'results', number: '10', title: 'Ожидаемые результаты',
      fields: [
        { id: 'quantResults', title: 'Количественные результаты', kind: 'quantResults', role: 'quantResults', required: true, hint: 'Показатель и число: измеримость результатов и их соотношение с расходами' },
        { id: 'qualResults', title: 'Качественные результаты и способы их измерения', kind: 'rich', role: 'qualResults', from: ['results'], required: true, hint: 'Что изменится для целевой группы и как это будет измерено' },
      ],
    },
    {
      id: 'tasks', number: '11', title: 'Задачи',
      fields: [{ id: 'tasks', number: '11', title: 'Задачи', kind: 'list', role: 'tasks', from: ['tasks'], required: true, hint: 'Одна задача на каждую причину проблемы; задачи становятся разделами календарного плана' }],
    },
    {
      id: 'partners', number: '12', title: 'Партнёры проекта',
      fields: [{ id: 'partners', number: '12', title: 'Партнёры проекта', kind: 'partners', role: 'partners', from: ['partners'], hint: 'Кто и чем поможет (деньги, информация, помещение, методика, экспертиза, администрирование); письма поддержки' }],
    },
    {
      id: 'publicity', number: '13', title: 'Информационное сопровождение проекта',
      fields: [{ id: 'publicity', number: '13', title: 'Информационное сопровождение проекта', kind: 'rich', role: 'publicity', required: true, hint: 'Информационная открытость: где и как часто рассказываете о проекте' }],
    },
    {
      id: 'future', number: '14', title: 'Дальнейшее развитие проекта',
      fields: [{ id: 'future', number: '14', title: 'Дальнейшее развитие проекта', kind: 'rich', role: 'future', required: true, hint: 'Перспективы: что будет с проектом после гранта' }],
    },
    {
      id: 'resources', number: '15', title: 'Источники ресурсного обеспечения проекта в последующие годы',
      fields: [{ id: 'resources', number: '15', title: 'Источники ресурсного обеспечения проекта в последующие годы', kind: 'rich', role: 'resources', from: ['resources'], required: true, hint: 'Собственный вклад и другие источники' }],
    },
    {
      id: 'team', number: '', title: 'Руководитель и команда проекта',
      fields: [{ id: 'team', title: 'Команда проекта', kind: 'team', role: 'team', required: true, hint: 'Для каждого: роль, обязанности, образование (до 5 записей), опыт (до 10 записей)' }],
    },
    {
      id: 'calendarPlan', number: '', title: 'Календарный план',
      fields: [{ id: 'calendarPlan', title: 'Календарный план', kind: 'calendarPlan', role: 'calendarPlan', from: ['activities'], required: true, hint: 'Не меньше двух мероприятий на задачу; ни одно не длится весь проект; места — в географии; есть информационные мероприятия' }],
    },
    {
      id: 'budget', number: '', title: 'Бюджет',
      fields: [{ id: 'budget', title: 'Бюджет', kind: 'budget', role: 'budget', required: true, hint: 'Реалистичность бюджета: каждое мероприятие обеспечено расходами, нет лишних расходов' }],
    },
  ],
  budgetArticles: FPG_BUDGET_ARTICLES,
  caps: {
    salaryPerMonth: rub(80_000),
    hotelPerNight: rub(8_000),
    dailyAllowance: rub(700),
    subcontractSharePercent: 30,
    note: 'В районах Крайнего Севера (Камчатка) оплата труда может быть до средней по региону; гостиницы Петропавловска-Камчатского — исключение из предела',
  },
}
