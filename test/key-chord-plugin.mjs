// A test-runner command that presses a key with a modifier held (Control+End) in every engine: the stock sendKeys
// command takes chords only over Playwright, and only single keys over WebDriver.

/** Serves `executeServerCommand('key-chord', { modifier: 'Control', key: 'End' })` from the browser. */
export function keyChordPlugin() {
  return {
    name: 'key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'key-chord') return undefined;
      const { modifier, key } = payload;
      const { browser } = session;
      if (browser.type === 'playwright') await browser.getPage(session.id).keyboard.press(`${modifier}+${key}`);
      else if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        await keyboard.down(modifier);
        await keyboard.press(key);
        await keyboard.up(modifier);
      } else if (browser.type === 'webdriver') {
        // WebDriver's key actions: every key goes down in order, then all come up: a chord.
        await browser.sendKeys(session.id, [modifier, key]);
      } else throw new Error(`key-chord: no way to press keys in ${browser.type}`);
      return true;
    },
  };
}
