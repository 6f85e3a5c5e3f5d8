/**
 * A realistic demo module, «Палана» (Камчатский край, Корякский округ), for a
 * first look and for tests: six initiatives across the stages, one filled
 * canvas, a plan over the coming months and one consultation with action items.
 *
 * Pure: it only writes into the Y.Docs it is given. Ids are fresh by default (a
 * card's id is also its `initiative:<id>` document, unique in the workspace);
 * the caller gets them back to store the documents. People are fictional, and
 * figures a real application must cite are left for the team to fill in.
 */
import type * as Y from 'yjs'
import { newId } from '../docId.js'
import { addNote } from './board.js'
import { addAction, setConsultationFields } from './consultation.js'
import { canvasFragment, type CanvasBlockId } from './initiative.js'
import { createCard, ensureDefaultStages, type DefaultStageId } from './kanban.js'
import type { CreateBoard } from './meta.js'
import { noteBody } from './note.js'
import { addDays, createPlanItem, localDay, upcomingMonths, type PlanStatus } from './plan.js'
import { appendBlocks, type RichBlock } from './richText.js'

/** The demo board's metadata, for the workspace's board list. */
export const DEMO_BOARD: Required<CreateBoard> = {
  title: 'Палана',
  settlement: 'пгт Палана',
  district: 'Корякский округ',
  description:
    'Модуль студии в Палане, административном центре Корякского округа Камчатского края: инициативы жителей, план встреч и консультации с экспертами.',
}

/** The documents to fill: the board, and each initiative's and note's document by id. */
export interface DemoDocs {
  board: Y.Doc
  initiative: (cardId: string) => Y.Doc
  note: (noteId: string) => Y.Doc
}

export interface DemoOptions {
  /** "Today" for the demo: dues and plan dates are set relative to it (local calendar). */
  now: Date
  /** Id source (tests); fresh random ids by default. */
  makeId?: () => string
}

/** The ids the demo used, to store the documents and to check them. */
export interface DemoIds {
  /** All cards, in the order they were created. */
  cards: string[]
  /** The card whose canvas is filled. */
  canvasCard: string
  plan: string[]
  note: string
  actions: string[]
}

const p = (text: string): RichBlock => ({ type: 'paragraph', text })
const ul = (...items: string[]): RichBlock => ({ type: 'bulletList', items })

interface DemoCard {
  title: string
  stage: DefaultStageId
  description: string
  tags: string[]
  owners: string[]
  /** Due in this many days, or none. */
  dueIn: number | null
}

const CARDS: DemoCard[] = [
  {
    title: 'Корякский язык для детей',
    stage: 'draft',
    description: 'Клуб, где дети 7–12 лет учат корякский язык с носителями языка: игры, сказки, песни.',
    tags: ['дети', 'родной язык', 'культура'],
    owners: ['Анна К.', 'Виктор Н.'],
    dueIn: 24,
  },
  {
    title: 'Школа юных экскурсоводов',
    stage: 'initiative',
    description: 'Старшеклассники готовят и проводят экскурсии по Палане для гостей и младших школьников.',
    tags: ['молодёжь', 'краеведение', 'туризм'],
    owners: ['Мария Т.'],
    dueIn: 45,
  },
  {
    title: 'Фестиваль «Хололо»',
    stage: 'submitted',
    description: 'Праздник корякского народа для всего посёлка: обряды, танцы, угощение, ярмарка мастеров.',
    tags: ['культура', 'праздник'],
    owners: ['Ольга Е.'],
    dueIn: null,
  },
  {
    title: 'Уборка побережья',
    stage: 'idea',
    description: 'Субботники на берегу у устья реки Паланы вместе со школьниками и волонтёрами.',
    tags: ['экология', 'волонтёры'],
    owners: ['Дмитрий С.'],
    dueIn: 30,
  },
  {
    title: 'Клуб настольных игр в библиотеке',
    stage: 'won',
    description: 'Вечера настольных игр для подростков и семей в библиотеке; игры куплены на грант.',
    tags: ['досуг', 'библиотека', 'семья'],
    owners: ['Светлана П.'],
    dueIn: null,
  },
  {
    title: 'Мастерская корякской вышивки',
    stage: 'idea',
    description: 'Мастерицы учат девушек и женщин традиционной вышивке бисером и работе с мехом.',
    tags: ['ремёсла', 'культура'],
    owners: ['Ольга Е.'],
    dueIn: null,
  },
]

/** The filled canvas of «Корякский язык для детей». */
const CANVAS: Partial<Record<CanvasBlockId, RichBlock[]>> = {
  problem: [
    p('Корякский язык — язык коренного народа Камчатки — всё реже звучит в Палане. Свободно говорят на нём в основном люди старшего возраста; дети слышат язык редко и почти не говорят на нём.'),
    p('Данные переписи 2020 года о числе владеющих языком: уточнить и привести со ссылкой на источник.'),
    p('Вместе с языком уходят названия мест, песни, сказки, знания о природе и промыслах.'),
  ],
  causes: [
    ul(
      'Носителей языка мало, и они редко встречаются с детьми.',
      'Для детей нет современных материалов на корякском языке: игр, карточек, аудиозаписей.',
      'Занятия проходят от случая к случаю, у педагогов нет методической поддержки.',
      'Родители сами не говорят по-корякски и не могут поддержать ребёнка дома.',
    ),
  ],
  targetGroups: [
    ul(
      'Дети 7–12 лет из Паланы.',
      'Родители, бабушки и дедушки этих детей.',
      'Носители языка — старшее поколение, готовое делиться знаниями.',
      'Педагоги школы и детского сада.',
    ),
  ],
  goal: [p('За 12 месяцев создать в Палане постоянно действующий клуб корякского языка, где не менее 30 детей 7–12 лет регулярно занимаются с носителями языка.')],
  tasks: [
    ul(
      'Организовать регулярные встречи детей с носителями языка.',
      'Создать набор игровых материалов на корякском языке.',
      'Подготовить педагогов и волонтёров к ведению занятий.',
      'Вовлечь родителей в изучение языка вместе с детьми.',
    ),
  ],
  activities: [
    ul(
      'Еженедельные занятия клуба в школе (сентябрь — май).',
      'Запись сказок и песен старшего поколения, выпуск аудиокарточек.',
      'Два методических семинара для педагогов с приглашённым лингвистом.',
      'Семейные вечера: игры, песни и чаепитие на корякском языке.',
      'Детский концерт на празднике «Хололо».',
    ),
  ],
  results: [
    p('Количественные:'),
    ul(
      'не менее 30 детей регулярно посещают занятия;',
      'проведено 30 занятий клуба и 4 семейных вечера;',
      'выпущено 100 игровых карточек и 10 аудиозаписей сказок;',
      '6 педагогов и волонтёров прошли семинары.',
    ),
    p('Качественные: дети понимают и используют в общении простые слова и фразы (игровая проверка в начале и в конце года); родители отмечают интерес ребёнка к языку (анкета).'),
  ],
  resources: [p('Помещение школы и библиотеки (безвозмездно); носители языка — волонтёры; диктофон и ноутбук ресурсного центра. Из гранта: печать карточек, оплата педагога, проезд и работа лингвиста.')],
  partners: [
    ul(
      'Школа — помещение и педагоги (административный и материальный вклад).',
      'Библиотека — книги и словари на корякском языке (информационный и методический вклад).',
      'Община коренных малочисленных народов — носители языка (экспертный вклад), по согласованию.',
      'Ресурсный центр — консультации по заявке и отчёту (методический вклад).',
    ),
  ],
  risks: [
    ul(
      'Носители языка не смогут приходить регулярно — запись занятий, встречи у них дома.',
      'Дети перестанут ходить — игровой формат, семейные вечера, небольшие награды.',
      'Материалы задержатся из-за погоды и доставки — заказ заранее, запас по срокам.',
    ),
  ],
  geography: [p('Камчатский край, городской округ «посёлок Палана».')],
}

interface DemoPlanItem {
  title: string
  /** Month from now (0 = this month) and day of month. */
  month: number
  day: number
  days?: number
  place: string
  owner: string
  status: PlanStatus
  /** Index into CARDS, or none. */
  card: number | null
}

const PLAN: DemoPlanItem[] = [
  { title: 'Встреча инициативной группы: какие проекты подаём', month: 0, day: 20, place: 'Библиотека, читальный зал', owner: 'Анна К.', status: 'in_progress', card: null },
  { title: 'Запись сказок со старшим поколением', month: 1, day: 5, days: 4, place: 'Дом культуры', owner: 'Виктор Н.', status: 'planned', card: 0 },
  { title: 'Субботник на побережье', month: 1, day: 14, place: 'Берег у устья реки Паланы', owner: 'Дмитрий С.', status: 'planned', card: 3 },
  { title: 'Первый вечер настольных игр', month: 2, day: 3, place: 'Библиотека', owner: 'Светлана П.', status: 'planned', card: 4 },
  { title: 'Онлайн-консультация по бюджету заявки', month: 2, day: 10, place: 'Онлайн', owner: 'Анна К.', status: 'planned', card: 0 },
  { title: 'Репетиция детского концерта к «Хололо»', month: 3, day: 18, days: 1, place: 'Дом культуры', owner: 'Ольга Е.', status: 'planned', card: 2 },
]

const NOTE_BODY: RichBlock[] = [
  p('Обсудили черновик заявки «Корякский язык для детей» для регионального конкурса.'),
  p('Решили:'),
  ul(
    'Оставить одну цель и сделать её измеримой: 30 детей, 12 месяцев.',
    'Задачи привести в соответствие с причинами проблемы — по одной задаче на причину.',
    'В результатах разделить количественные и качественные показатели.',
  ),
  p('Следующая встреча — через две недели, после уточнения бюджета.'),
]

const ACTIONS = [
  { text: 'Найти данные переписи о владении корякским языком и добавить ссылку в описание проблемы', owner: 'Анна К.', dueIn: 7, done: false },
  { text: 'Получить письмо поддержки от школы', owner: 'Виктор Н.', dueIn: 14, done: false },
  { text: 'Сформулировать цель по-новому: измеримо и со сроком', owner: 'Мария Т.', dueIn: 3, done: true },
]

/** Fills an initiative document with the demo canvas (appends to each block). */
export function fillDemoCanvas(doc: Y.Doc): void {
  doc.transact(() => {
    for (const [block, content] of Object.entries(CANVAS) as Array<[CanvasBlockId, RichBlock[]]>) {
      appendBlocks(canvasFragment(doc, block), content)
    }
  })
}

/** Fills a note document with the demo consultation's text. */
export function fillDemoNote(doc: Y.Doc): void {
  appendBlocks(noteBody(doc), NOTE_BODY)
}

/** Fills the board (stages, cards, plan, consultation) and the documents it links to; returns the ids used. */
export function buildDemoBoard(docs: DemoDocs, options: DemoOptions): DemoIds {
  const makeId = options.makeId ?? newId
  const { board } = docs
  const { now } = options
  const today = localDay(now)
  const months = upcomingMonths(now, 4)
  const author = 'Анна К.'
  const ids: DemoIds = { cards: [], canvasCard: '', plan: [], note: '', actions: [] }
  board.transact(() => {
    ensureDefaultStages(board)
    for (const card of CARDS) {
      const due = card.dueIn === null ? null : addDays(today, card.dueIn)
      ids.cards.push(createCard(board, { ...card, due, createdBy: author, id: makeId(), now }))
    }
    ids.canvasCard = ids.cards[0] as string
    for (const item of PLAN) {
      const start = `${months[item.month] as string}-${String(item.day).padStart(2, '0')}`
      const end = item.days === undefined ? null : addDays(start, item.days)
      const initiativeId = item.card === null ? null : (ids.cards[item.card] as string)
      ids.plan.push(createPlanItem(board, { ...item, start, end, initiativeId, id: makeId() }))
    }
    ids.note = addNote(board, {
      title: 'Консультация по заявке «Корякский язык для детей»',
      createdBy: author,
      date: addDays(today, -3),
      id: makeId(),
      now,
    })
    setConsultationFields(board, ids.note, {
      expert: 'Ирина Соколова, эксперт ресурсного центра',
      participants: ['Анна К.', 'Виктор Н.', 'Мария Т.'],
      initiativeId: ids.canvasCard,
    })
    for (const action of ACTIONS) {
      const id = addAction(board, { ...action, noteId: ids.note, due: addDays(today, action.dueIn), id: makeId() })
      if (id) ids.actions.push(id)
    }
  })
  fillDemoCanvas(docs.initiative(ids.canvasCard))
  fillDemoNote(docs.note(ids.note))
  return ids
}
