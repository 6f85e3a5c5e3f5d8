// Loaded into a server under test with `node --import`: measures the event-loop
// delay of that process. On SIGUSR2 it prints the figures since the last
// report on stderr (one line starting with @@loop-delay) and starts over.
import { monitorEventLoopDelay } from 'node:perf_hooks'

const histogram = monitorEventLoopDelay({ resolution: 5 })
histogram.enable()
process.on('SIGUSR2', () => {
  const ms = (ns) => Math.round(ns / 1e4) / 100
  const figures = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }
  process.stderr.write(`@@loop-delay ${JSON.stringify(figures)}\n`)
  histogram.reset()
})
