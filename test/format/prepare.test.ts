import { expect } from '@open-wc/testing';
import { relativeTimeFormat } from '../../src/format/intl-cache.js';
import { prepareFormatting } from '../../src/format/prepare.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('prepareFormatting', () => {
  it("builds a locale's relative-time formatter in a task of its own, once, for the widget to reuse", async () => {
    const Original = Intl.RelativeTimeFormat;
    const intl = Intl as { RelativeTimeFormat: typeof Original };
    let built = 0;
    intl.RelativeTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    };
    try {
      prepareFormatting('nl-BE');
      // Not in the current task: the render that asked for it paints first.
      expect(built).to.equal(0);
      await nextTask();
      expect(built).to.equal(1);
      prepareFormatting('nl-BE');
      await nextTask();
      relativeTimeFormat('nl-BE').format(-1, 'day');
      expect(built).to.equal(1);
    } finally {
      intl.RelativeTimeFormat = Original;
    }
  });
});
