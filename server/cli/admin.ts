/**
 * `npm run admin -- <command>`: accounts from the shell, on the same DATA_DIR
 * as the server, whether or not it runs (the running server sees changes at
 * once; the file is changed under a lock, see `SharedJsonFile`).
 *
 *   add-user --login NAME --name "Full Name" [--role curator|member] [--lang ru|en]
 *   set-password --login NAME
 *   list-users
 *   disable-user --login NAME [--enable]
 *
 * Passwords are read from standard input (one line), never from arguments,
 * so they stay out of the shell history and the process list.
 */
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { displayNameSchema, loginSchema, passwordSchema } from '../../shared/auth.js'
import { WORKSPACE_ROLES } from '../../shared/roles.js'
import { AuthError, AuthStore } from '../auth/authStore.js'
import { ConfigError, loadConfig } from '../config.js'

const USAGE = `usage: npm run admin -- <command>
  add-user --login NAME --name "Full Name" [--role curator|member] [--lang ru|en]   (password on standard input)
  set-password --login NAME                                                        (password on standard input)
  list-users
  disable-user --login NAME [--enable]`

class UsageError extends Error {}

/** One line from standard input; prompts (without echo) when it is a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin
  if (input.isTTY) process.stderr.write(prompt)
  const rl = createInterface({ input, terminal: false })
  for await (const line of rl) {
    rl.close()
    if (input.isTTY) process.stderr.write('\n')
    return line
  }
  throw new UsageError('no password on standard input')
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues.map((i) => i.message).join('; ')}`)
  return result.data
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    options: { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' }, enable: { type: 'boolean' } },
    strict: true,
  })
  const config = loadConfig()
  const store = new AuthStore(path.join(config.dataDir, 'auth.json'))
  const login = () => parse(loginSchema, values.login, '--login')

  switch (command) {
    case 'add-user': {
      const input = {
        login: login(),
        name: parse(displayNameSchema, values.name, '--name'),
        workspaceRole: parse(z.enum(WORKSPACE_ROLES), values.role ?? 'member', '--role'),
        lang: parse(z.enum(['ru', 'en']), values.lang ?? 'ru', '--lang'),
      }
      const password = parse(passwordSchema, await readPassword(`Пароль для ${input.login}: `), 'password')
      const user = await store.addUser({ ...input, password })
      process.stdout.write(`added ${user.login} (${user.name}), ${user.workspaceRole}\n`)
      return
    }
    case 'set-password': {
      const who = login()
      const password = parse(passwordSchema, await readPassword(`Новый пароль для ${who}: `), 'password')
      await store.setPassword(who, password)
      process.stdout.write(`password of ${who} changed; their sessions are closed\n`)
      return
    }
    case 'list-users': {
      for (const u of await store.listUsers()) {
        process.stdout.write(`${u.login}\t${u.name}\t${u.workspaceRole}\t${u.disabled ? 'disabled' : 'active'}\n`)
      }
      return
    }
    case 'disable-user': {
      const user = await store.setDisabled(login(), values.enable !== true)
      process.stdout.write(`${user.login} ${user.disabled ? 'disabled: sessions closed, tokens revoked' : 'enabled'}\n`)
      return
    }
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command')
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${e.message}\n${USAGE}\n`)
      process.exit(2)
    }
    if (e instanceof ConfigError || e instanceof AuthError) {
      process.stderr.write(`${e.message}\n`)
      process.exit(1)
    }
    process.stderr.write(`admin failed: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exit(1)
  },
)
