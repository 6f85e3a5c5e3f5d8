/**
 * Two people on one initiative, for the canvas and draft e2e tests: a board
 * with a fresh card in «Черновик проекта» (`cardId`) and a card whose canvas
 * holds the sample text (`demoCardId`), both written by a script client as
 * another person's edits would be. Anna runs the workspace on a laptop; Boris
 * has `borisRole` on the board and a phone.
 */
import { fillDemoCanvas } from '../../shared/schema/demo.js'
import { createCard } from '../../shared/schema/kanban.js'
import type { BoardRole } from '../../shared/roles.js'
import { createAccount } from './accounts.js'
import { createBoard } from './boards.js'
import { openBrowser, type TestBrowser } from './browser.js'
import { connectClient } from './clients.js'
import { ANNA, BORIS, PHONE } from './curators.js'
import { startServer, type TestServer } from './server.js'

export { ANNA, BORIS, PHONE }

export interface InitiativeScene {
  server: TestServer
  anna: TestBrowser
  boris: TestBrowser
  boardId: string
  cardId: string
  demoCardId: string
  close(): Promise<void>
}

export async function openInitiativeScene(borisRole: BoardRole): Promise<InitiativeScene> {
  const server = await startServer()
  const boardId = (await createBoard(server, { title: 'Палана — модуль 2026', settlement: 'Палана' })).id
  const [annaAccount, borisAccount] = await Promise.all([
    createAccount(server, { name: ANNA, workspaceRole: 'curator' }),
    createAccount(server, { name: BORIS, board: { id: boardId, role: borisRole } }),
  ])
  const [anna, boris] = await Promise.all([openBrowser({ server, account: annaAccount }), openBrowser({ server, account: borisAccount, viewport: PHONE })])
  const board = connectClient(server, `board:${boardId}`)
  await board.synced()
  const cardId = createCard(board.doc, { title: 'Корякский язык для детей', createdBy: 'Мария Т.', stage: 'draft' })
  const demoCardId = createCard(board.doc, { title: 'Школа юных экскурсоводов', createdBy: 'Мария Т.', stage: 'initiative' })
  const demo = connectClient(server, `initiative:${demoCardId}`)
  await demo.synced()
  fillDemoCanvas(demo.doc)
  return {
    server,
    anna,
    boris,
    boardId,
    cardId,
    demoCardId,
    async close() {
      await Promise.all([anna.close(), boris.close()])
      board.destroy()
      demo.destroy()
      await server.dispose()
    },
  }
}
