// Takes a full-page screenshot of a served page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH] [colorScheme]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const [url, out, width = '1280', colorScheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('social-feed')].every((el) => !el.shadowRoot?.querySelector('.skeleton')),
  );
  await page.screenshot({ path: out, fullPage: true });
  if (errors.length) console.error(errors.join('\n'));
  console.log(`${out}: ${url}`);
} finally {
  await browser.close();
}
