/**
 * Prints the client's JavaScript sizes after `vite build`, gzipped as a slow
 * link carries them: the JS a board needs before it is interactive (the
 * entry script and every module index.html preloads) against its budget,
 * and each lazy chunk (editor, initiative page, templates…) on its own.
 * Exits 1 when the initial JS is over budget.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 300
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'dist/client')

const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
const initial = new Set(
  [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]),
)
const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map((m) => m[1])

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7)
const gz = (file) => {
  const raw = readFileSync(path.join(dir, file))
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length }
}

const chunks = readdirSync(path.join(dir, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .map((file) => ({ file, ...gz(file), initial: initial.has(file) }))
  .sort((a, b) => b.gzip - a.gzip)

const line = (label, raw, gzip) => `  ${label.padEnd(48)} ${kb(raw)} KB ${kb(gzip)} KB gzip`
const out = ['', 'JavaScript a board needs before it is interactive:']
let total = 0
for (const c of chunks.filter((c) => c.initial)) {
  out.push(line(c.file, c.raw, c.gzip))
  total += c.gzip
}
const cssGzip = css.reduce((sum, f) => sum + gz(f).gzip, 0)
out.push(`  ${'total'.padEnd(48)} ${' '.repeat(10)} ${kb(total)} KB gzip (budget ${BUDGET_KB} KB; CSS ${(cssGzip / 1024).toFixed(1)} KB gzip)`)
out.push('Lazy chunks (loaded when a view needs them):')
for (const c of chunks.filter((c) => !c.initial)) out.push(line(c.file, c.raw, c.gzip))
process.stdout.write(out.join('\n') + '\n\n')

if (total > BUDGET_KB * 1024) {
  process.stderr.write(`initial JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget\n`)
  process.exit(1)
}
