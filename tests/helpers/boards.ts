/** Boards for tests, made through the REST API as the app makes them. */
import type { TestServer } from './server.js'

export interface CreatedBoard {
  id: string
  title: string
}

/** `POST /api/boards` as the workspace curator (or `/api/boards/demo` with `demo`); throws with the server's answer unless it is 201. */
export async function createBoard(server: Pick<TestServer, 'fetch'>, fields: { title: string; settlement?: string } | 'demo'): Promise<CreatedBoard> {
  const demo = fields === 'demo'
  const res = await server.fetch(`/api/boards${demo ? '/demo' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: demo ? undefined : JSON.stringify(fields),
  })
  if (res.status !== 201) throw new Error(`creating a board answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as CreatedBoard
}
