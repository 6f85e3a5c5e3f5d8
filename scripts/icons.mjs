/**
 * Renders the app icon (client/public/icons/icon.svg) to the PNG sizes the web
 * manifest lists, with the system Chromium. Run once after changing the SVG:
 * `node scripts/icons.mjs`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'client/public/icons')
const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8')

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  for (const { size, name, padding } of [
    { size: 192, name: 'icon-192.png', padding: 0 },
    { size: 512, name: 'icon-512.png', padding: 0 },
    // Maskable icons are cropped to a circle by some launchers: keep the mark in the safe zone.
    { size: 512, name: 'maskable-512.png', padding: 52 },
    { size: 180, name: 'apple-touch-icon.png', padding: 0 },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const inner = size - padding * 2
    await page.setContent(
      `<body style="margin:0;background:${padding ? '#1f5f8b' : 'transparent'}"><div style="padding:${padding}px">` +
        svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
        '</div></body>',
    )
    await page.screenshot({ path: path.join(dir, name), omitBackground: padding === 0 })
    await page.close()
  }
} finally {
  await browser.close()
}
