import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../server/config.js'

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', logLevel: 'info', idleUnloadMs: 30_000, maxFrameBytes: 8 * 1024 * 1024 })
    expect(config.dataDir).toBe(path.resolve('./data'))
  })

  it('stops start-up with a list of every wrong value', () => {
    const result = spawnSync(process.execPath, ['dist/server/index.js'], {
      env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'loud', IDLE_UNLOAD_MS: '-5' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/PORT="eighty"/)
    expect(result.stderr).toMatch(/LOG_LEVEL="loud"/)
    expect(result.stderr).toMatch(/IDLE_UNLOAD_MS="-5"/)
  })
})
