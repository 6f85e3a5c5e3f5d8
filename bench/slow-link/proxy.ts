/**
 * A TCP proxy in front of the server that counts every byte both ways — HTTP
 * and websocket frames as they cross the wire (after permessage-deflate,
 * headers included) — so the bench reports real transfer sizes.
 *
 * It also shapes websocket connections to the emulated link: this Chromium's
 * CDP network emulation throttles HTTP requests but lets websocket frames
 * through at full speed (a keystroke crossed in ~80 ms on a "600 ms" link),
 * so for websockets the proxy adds half the round trip each way and the
 * bandwidth's serialisation time.
 */
import net from 'node:net'

export interface Link {
  downKbit: number
  upKbit: number
  rttMs: number
}

export interface CountingProxy {
  port: number
  /** Bytes server → browser and browser → server since the last `reset`. */
  counts(): { down: number; up: number }
  reset(): void
  close(): Promise<void>
}

/** One direction of a shaped connection: chunks leave in order, delayed and paced. */
class ShapedPipe {
  private busyUntil = 0

  constructor(
    private readonly out: net.Socket,
    private readonly bytesPerMs: number,
    private readonly delayMs: number,
  ) {}

  push(chunk: Buffer): void {
    const now = Date.now()
    const start = Math.max(now, this.busyUntil)
    this.busyUntil = start + chunk.length / this.bytesPerMs
    setTimeout(() => {
      if (!this.out.destroyed) this.out.write(chunk)
    }, this.busyUntil + this.delayMs - now)
  }
}

export async function startProxy(targetPort: number, link: Link): Promise<CountingProxy> {
  let down = 0
  let up = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1')
    sockets.add(client).add(upstream)
    let shaped: { up: ShapedPipe; down: ShapedPipe } | null | undefined
    client.on('data', (chunk: Buffer) => {
      up += chunk.length
      // The first bytes say whether this is a websocket upgrade.
      if (shaped === undefined) {
        shaped = /^upgrade:\s*websocket/im.test(chunk.toString('latin1'))
          ? {
              up: new ShapedPipe(upstream, link.upKbit / 8, link.rttMs / 2),
              down: new ShapedPipe(client, link.downKbit / 8, link.rttMs / 2),
            }
          : null
      }
      if (shaped) shaped.up.push(chunk)
      else upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      down += chunk.length
      if (shaped) shaped.down.push(chunk)
      else client.write(chunk)
    })
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    counts: () => ({ down, up }),
    reset: () => {
      down = 0
      up = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
