// Debian's Chromium, driven by playwright-core, as every browser test launches it: headless, without
// the sandbox (CI runs as root) and without the background connections this machine's closed network
// refuses. CHROMIUM_PATH points elsewhere.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const hasChromium = () => existsSync(CHROMIUM)

export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
