// Saves each URL as MHTML with Chromium's Page.captureSnapshot, as Chrome's "Save page as... single file" does.
// Usage: node capture-mhtml.mjs OUT_DIR NAME=URL...   (writes OUT_DIR/NAME.mhtml)
// Requests to hosts other than 127.0.0.1 are aborted: nothing leaves the machine, and pages do not wait on them.
// https requests to 127.0.0.1 are answered by the local http server (see the route below).
// ARCHIVE_JS=0 captures with JavaScript off (the DOM as served); by default scripts run, as in a user's browser.
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [out, ...targets] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.ARCHIVE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext({ javaScriptEnabled: process.env.ARCHIVE_JS !== '0' });
// A page that sends the browser to its https address (as most news sites' scripts do) gets the page the local server
// serves over http, as the real site would have served it over https.
await context.route('**/*', async route => {
  const url = new URL(route.request().url());
  if (url.hostname !== '127.0.0.1') return route.abort();
  if (url.protocol !== 'https:') return route.continue();
  url.protocol = 'http:';
  try {
    return await route.fulfill({ response: await route.fetch({ url: url.href }) });
  } catch {
    return route.abort(); // no such page over http either (another port, a redirect back to https): as unreachable
  }
});
for (const target of targets) {
  const at = target.indexOf('=');
  const [name, url] = [target.slice(0, at), target.slice(at + 1)];
  const page = await context.newPage();
  try {
    // A page still loading after 30 s in all is saved as it stands, as a user saving it would.
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 30000 })
      .catch(error => {
        if (error.name !== 'TimeoutError') throw error;
        console.error(`${name}: still loading after ${Math.round((Date.now() - started) / 1000)} s; captured as it stands`);
      });
    const cdp = await context.newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    await writeFile(join(out, name + '.mhtml'), data);
  } catch (error) {
    console.error(`${name}: ${error.message}`);
  } finally {
    await page.close();
  }
}
await browser.close();
