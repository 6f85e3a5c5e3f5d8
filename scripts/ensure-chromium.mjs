// Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end
// tests: installs the `chromium` package when missing (as root), or stops
// with a clear message naming the package.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'

if (existsSync(CHROMIUM)) process.exit(0)

const fail = (why) => {
  console.error(
    `\nThe end-to-end tests need Debian's "chromium" package at ${CHROMIUM}.\n${why}\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n',
  )
  process.exit(1)
}

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) fail('This machine has no apt-get to install it with.')
if (typeof process.getuid === 'function' && process.getuid() !== 0) fail('Installing it needs root.')

console.log(`Impact Board: ${CHROMIUM} is missing — installing Debian's "chromium" package (about 30 s)…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
  if (result.status !== 0) fail(`"apt-get ${args.join(' ')}" failed (exit ${result.status}).`)
}
if (!existsSync(CHROMIUM)) fail('The package installed, but the binary is not there.')
console.log('Impact Board: chromium installed.')
