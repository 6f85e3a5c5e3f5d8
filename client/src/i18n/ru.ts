/** Russian, the default language and the source of message keys. */
import { accessRu } from './areas/access.js'
import { authRu } from './areas/auth.js'
import { commentsRu } from './areas/comments.js'
import { consultationsRu } from './areas/consultations.js'
import { draftTablesRu } from './areas/draftTables.js'
import { draftRu } from './areas/draft.js'
import { followRu } from './areas/follow.js'
import { historyRu } from './areas/history.js'
import { initiativeRu } from './areas/initiative.js'
import { kanbanRu } from './areas/kanban.js'
import { membersRu } from './areas/members.js'
import { planRu } from './areas/plan.js'
import { syncRu } from './areas/sync.js'
import { templatesRu } from './areas/templates.js'

export const ru = {
  ...accessRu,
  ...authRu,
  ...membersRu,
  ...commentsRu,
  ...kanbanRu,
  ...planRu,
  ...syncRu,
  ...consultationsRu,
  ...initiativeRu,
  ...draftTablesRu,
  ...templatesRu,
  ...draftRu,
  ...historyRu,
  ...followRu,

  'board.tabs': 'Разделы доски',
  'board.tab.initiatives': 'Инициативы',
  'board.tab.plan': 'План модуля',
  'board.tab.consultations': 'Консультации',

  'app.name': 'Impact Board',

  'lang.switchTo': 'English',

  'nav.label': 'Навигация',
  'nav.skip': 'К содержимому',
  'nav.allBoards': 'Все доски',

  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.retry': 'Повторить',
  'common.undo': 'Отменить',
  'common.undoClose': 'Скрыть сообщение',
  'common.loading': 'Загрузка…',

  'home.title': 'Доски',
  'home.count': { one: '{count} доска', few: '{count} доски', many: '{count} досок', other: '{count} доски' },
  'home.new': 'Новая доска',
  'home.updated': 'изменена {date}',
  'home.cached': 'Нет связи с сервером — показан список, сохранённый на этом устройстве.',
  'home.failed': 'Не удалось загрузить доски: нет связи с сервером. Мы попробуем снова, когда появится сеть.',
  'home.emptyTitle': 'Пока нет ни одной доски',
  'home.emptyWhat':
    'Доска — общее рабочее место одного модуля студии (например, «Палана» или «Козыревск») или отдельной задачи. На ней команда вместе ведёт инициативы от идеи до заявки, план модуля и заметки консультаций с поручениями: кто и к какому сроку что делает.',
  'home.emptyOffline': 'Всё, что вы пишете, сразу сохраняется на этом устройстве и доходит до коллег, когда есть связь.',
  'home.createFirst': 'Создать первую доску',
  'home.formTitle': 'Новая доска',
  'home.fieldTitle': 'Название',
  'home.fieldTitlePlaceholder': 'Например: Палана — модуль 2025',
  'home.fieldSettlement': 'Посёлок (необязательно)',
  'home.fieldSettlementPlaceholder': 'Например: Палана',
  'home.fieldDistrict': 'Район (необязательно)',
  'home.fieldDistrictPlaceholder': 'Например: Корякский округ',
  'home.fieldDescription': 'Коротко о доске (необязательно)',
  'home.fieldDescriptionPlaceholder': 'Например: модуль студии в посёлке — инициативы жителей, план встреч, консультации с экспертами',
  'home.editTitle': 'Изменить доску «{title}»',
  'home.edit': 'Изменить',
  'home.editNamed': 'Изменить доску «{title}»',
  'home.saving': 'Сохраняем…',
  'home.archive': 'В архив',
  'home.archiveNamed': 'Убрать доску «{title}» в архив',
  'home.archived': 'Доска «{title}» убрана в архив',
  'home.unarchive': 'Вернуть',
  'home.unarchiveNamed': 'Вернуть доску «{title}» из архива',
  'home.delete': 'Удалить',
  'home.deleteNamed': 'Удалить доску «{title}»',
  'home.deleted': 'Доска «{title}» удалена',
  'home.archiveSummary': { one: 'Архив: {count} доска', few: 'Архив: {count} доски', many: 'Архив: {count} досок', other: 'Архив: {count} доски' },
  'home.archiveHint': 'Доски в архиве не мешают в общем списке, но открываются и редактируются как обычно.',
  'home.search': 'Найти доску',
  'home.searchPlaceholder': 'Название или посёлок',
  'home.noMatch': 'Ничего не нашлось по запросу «{query}». Проверьте написание или ищите по названию посёлка.',
  'home.clearSearch': 'Показать все доски',
  'home.demo': 'Посмотреть на примере: модуль «Палана»',
  'home.demoQuiet': 'Открыть пример заполненной доски: модуль «Палана»',
  'home.demoWhat': 'Пример — готовая доска: инициативы на разных этапах, заполненная канва, план модуля и консультация с поручениями. Её можно менять и удалить, как любую доску.',
  'home.demoCreating': 'Готовим пример…',
  'home.titleRequired': 'Напишите название доски.',
  'home.create': 'Создать доску',
  'home.creating': 'Создаём…',

  'board.untitled': 'Доска',
  'board.loading': 'Загружаем заметки…',
  'board.unknown': 'Сервер не знает эту доску. Проверьте ссылку — или доска ещё не дошла до сервера.',

  'notes.title': 'Консультации',
  'notes.count': { one: '{count} заметка', few: '{count} заметки', many: '{count} заметок', other: '{count} заметки' },
  'notes.newLabel': 'Новая заметка — тема консультации',
  'notes.newPlaceholder': 'Например: бюджет с экспертом',
  'notes.add': 'Добавить заметку',
  'notes.titleRequired': 'Напишите тему консультации.',
  'notes.untitled': 'Без названия',
  'notes.noDate': 'без даты',
  'notes.rename': 'Переименовать',
  'notes.renameNamed': 'Переименовать «{title}»',
  'notes.renameLabel': 'Новое название заметки',
  'notes.delete': 'Удалить',
  'notes.deleteNamed': 'Удалить «{title}»',
  'notes.emptyTitle': 'Заметок пока нет',
  'notes.emptyWhat': 'Здесь собираются заметки онлайн-консультаций: участники, эксперт, решения и поручения со сроками. Писать можно вместе и одновременно.',
  'notes.emptyHow': 'Напишите тему консультации выше и нажмите «Добавить заметку».',

  'note.titleLabel': 'Название заметки',
  'note.date': 'Дата консультации',
  'note.createdBy': 'Создал(а) {name}, {date}',
  'note.someone': 'участник',
  'note.bodyLabel': 'Текст заметки',
  'note.placeholder': 'Кто участвовал, что обсудили, что решили, кто и к какому сроку что делает…',
  'note.loadingEditor': 'Открываем редактор…',
  'note.loadingText': 'Загружаем текст заметки…',
  'note.autosave': 'Изменения сохраняются сами: сразу на этом устройстве и на сервере, когда есть связь.',
  'note.missingTitle': 'Заметка не найдена',
  'note.missingText': 'Возможно, её удалили или ссылка неполная.',
  'note.backToBoard': 'Вернуться к доске',

  'editor.toolbar': 'Оформление текста',
  'editor.heading': 'Заголовок',
  'editor.bold': 'Жирный',
  'editor.italic': 'Курсив',
  'editor.bullets': 'Список',
  'editor.numbers': 'Нумерация',
  'editor.undo': 'Отменить',
  'editor.redo': 'Вернуть',

  'presence.count': { one: 'Здесь {count} человек', few: 'Здесь {count} человека', many: 'Здесь {count} человек', other: 'Здесь {count} человека' },
  'presence.label': { one: 'Сейчас здесь {count} человек: {names}', few: 'Сейчас здесь {count} человека: {names}', many: 'Сейчас здесь {count} человек: {names}', other: 'Сейчас здесь {count} человека: {names}' },
  'presence.you': '{name} (вы)',

  'error.network': 'Нет связи с сервером. Попробуйте, когда появится сеть.',
  'error.badRequest': 'Проверьте поля: что-то заполнено не так.',
  'error.tooLarge': 'Слишком длинный текст.',
  'error.notFound': 'Не найдено.',
  'error.internal': 'Что-то пошло не так на сервере. Попробуйте ещё раз.',

  'notFound.title': 'Такой страницы нет',
  'notFound.text': 'Проверьте ссылку или откройте список досок.',
} as const

export type MessageKey = keyof typeof ru
