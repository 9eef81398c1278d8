import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ClockSubscriber } from '../../src/controllers/clock-controller.js';
import { ClockController, PageClock, pageClock } from '../../src/controllers/clock-controller.js';
import { fakePage as fakeBrowserPage } from '../helpers/fake-page.js';

/** The page's clock on a fake page whose time moves only through `advance`. */
function fakePage() {
  const page = fakeBrowserPage();
  return { page, clock: new PageClock(page) };
}

/** A subscriber that counts its wakes. */
const sleeper = (wakeAt: number) => {
  const s = { wakeAt, wakes: 0, wake: () => void s.wakes++ } satisfies ClockSubscriber & { wakes: number };
  return s;
};

describe('PageClock', () => {
  it('keeps no timer and no visibility listener without subscribers', () => {
    const { page, clock } = fakePage();
    const a = sleeper(page.time + 1000);
    expect(page.listeners.size).to.equal(0);
    clock.add(a);
    expect(page.listeners.size).to.equal(1);
    clock.delete(a);
    expect([clock.size, page.timers.size, page.listeners.size, clock.scheduledFor]).to.deep.equal([0, 0, 0, undefined]);
  });

  it('keeps one timer for many subscribers, set for the earliest wakeAt', () => {
    const { page, clock } = fakePage();
    for (const wait of [5000, 2000, 9000]) clock.add(sleeper(page.time + wait));
    expect(clock.size).to.equal(3);
    expect(page.timers.size).to.equal(1);
    expect(clock.scheduledFor).to.equal(page.time + 2000);
  });

  it('wakes only the subscribers that are due, then sets the timer for the next one', () => {
    const { page, clock } = fakePage();
    const [a, b, c] = [sleeper(page.time + 2000), sleeper(page.time + 2000), sleeper(page.time + 5000)];
    [a, b, c].forEach((s) => clock.add(s));
    page.advance(2000);
    expect([a.wakes, b.wakes, c.wakes]).to.deep.equal([1, 1, 0]);
    expect(clock.scheduledFor).to.equal(page.time + 3000);
    expect(page.timers.size).to.equal(1);
  });

  it('wakes a subscriber once per wakeAt, even if it does not set a new one', () => {
    const { page, clock } = fakePage();
    const a = sleeper(page.time + 1000);
    clock.add(a);
    page.advance(60_000);
    expect(a.wakes).to.equal(1);
    expect(a.wakeAt).to.equal(Infinity);
    expect(clock.scheduledFor).to.equal(undefined);
  });

  it('follows a subscriber that sets its next wakeAt as it wakes', () => {
    const { page, clock } = fakePage();
    const a = { wakeAt: page.time + 1000, wakes: 0, wake: () => void ((a.wakeAt = page.time + 1000), a.wakes++) };
    clock.add(a);
    page.advance(3500);
    expect(a.wakes).to.equal(3);
    expect(clock.scheduledFor).to.equal(page.time + 500);
    expect(page.timers.size).to.equal(1);
  });

  it('re-plans when a wakeAt changes and schedule() is called', () => {
    const { page, clock } = fakePage();
    const a = sleeper(page.time + 5000);
    clock.add(a);
    a.wakeAt = page.time + 1000;
    clock.schedule();
    expect(clock.scheduledFor).to.equal(page.time + 1000);
    expect(page.timers.size).to.equal(1);
  });

  it('reschedules without waking anyone when the timer fires early', () => {
    const { page, clock } = fakePage();
    const a = sleeper(page.time + 1000);
    clock.add(a);
    const [timer] = page.timers.values();
    page.time += 990;
    timer!.callback();
    expect(a.wakes).to.equal(0);
    expect(clock.scheduledFor).to.equal(page.time + 10);
    page.advance(10);
    expect(a.wakes).to.equal(1);
  });

  it('clamps the delay: a past wakeAt fires at once, a far one after 2^31-1 ms', () => {
    const { page, clock } = fakePage();
    const far = sleeper(page.time + 100 * 86_400_000);
    clock.add(far);
    expect(clock.scheduledFor).to.equal(page.time + 2 ** 31 - 1);
    page.advance(2 ** 31 - 1);
    expect(far.wakes).to.equal(0);
    const past = sleeper(page.time - 5000);
    clock.add(past);
    expect(clock.scheduledFor).to.equal(page.time);
  });

  it('sets no timer for subscribers that never need waking (Infinity) or have a broken time (NaN)', () => {
    const { page, clock } = fakePage();
    clock.add(sleeper(Infinity));
    clock.add(sleeper(NaN));
    expect(clock.scheduledFor).to.equal(undefined);
    expect(page.timers.size).to.equal(0);
    clock.add(sleeper(page.time + 1000));
    expect(clock.scheduledFor).to.equal(page.time + 1000);
  });

  it('moves the timer to the next subscriber when the earliest one leaves', () => {
    const { page, clock } = fakePage();
    const [a, b] = [sleeper(page.time + 1000), sleeper(page.time + 4000)];
    clock.add(a);
    clock.add(b);
    clock.delete(a);
    expect(clock.scheduledFor).to.equal(page.time + 4000);
    page.advance(4000);
    expect([a.wakes, b.wakes]).to.deep.equal([0, 1]);
  });

  it('sets no timer while the page is hidden', () => {
    const { page, clock } = fakePage();
    const a = sleeper(page.time + 1000);
    page.hidden = true;
    clock.add(a);
    expect(page.timers.size).to.equal(0);
    page.hidden = false;
    clock.add(sleeper(page.time + 2000));
    page.setHidden(true);
    expect([page.timers.size, clock.scheduledFor]).to.deep.equal([0, undefined]);
    page.advance(60_000);
    expect(a.wakes).to.equal(0);
  });

  it('wakes the due subscribers at once when the page is shown again, and reschedules', () => {
    const { page, clock } = fakePage();
    const [a, b] = [sleeper(page.time + 1000), sleeper(page.time + 90_000)];
    clock.add(a);
    clock.add(b);
    page.setHidden(true);
    page.advance(60_000);
    page.setHidden(false);
    expect([a.wakes, b.wakes]).to.deep.equal([1, 0]);
    expect(clock.scheduledFor).to.equal(page.time + 30_000);
  });
});

/** A host that renders a counter and asks to be woken at `wakeTime`; without a clock it uses the page's. */
const timeHost = (clock?: PageClock) =>
  class extends LitElement {
    clock = new ClockController(this, clock);
    wakeTime = Infinity;
    renders = 0;
    override render() {
      this.renders++;
      this.clock.wakeAt(this.wakeTime);
      return html`${this.renders}`;
    }
  };
type TimeHost = InstanceType<ReturnType<typeof timeHost>>;

const fake = fakePage();
customElements.define('time-host', timeHost());
customElements.define('fake-clock-host', timeHost(fake.clock));

describe('ClockController', () => {
  it('re-renders its host when woken, and leaves the clock with the host', async () => {
    const { page, clock } = fake;
    const el = await fixture<TimeHost>(html`<fake-clock-host .wakeTime=${page.time + 1000}></fake-clock-host>`);
    expect(el.clock.now()).to.equal(page.time);
    expect([clock.size, clock.scheduledFor, el.renders]).to.deep.equal([1, page.time + 1000, 1]);
    expect(pageClock.size).to.equal(0);
    page.advance(1000);
    await el.updateComplete;
    expect(el.renders).to.equal(2);
    el.remove();
    expect([clock.size, clock.scheduledFor]).to.deep.equal([0, undefined]);
  });

  it('shares the one page clock between hosts: one timer, set for the earliest of them', async () => {
    const soon = Date.now() + 60_000;
    const a = await fixture<TimeHost>(html`<time-host .wakeTime=${soon + 5000}></time-host>`);
    const b = await fixture<TimeHost>(html`<time-host .wakeTime=${soon}></time-host>`);
    expect(pageClock.size).to.equal(2);
    expect(fake.clock.size).to.equal(0);
    expect(pageClock.scheduledFor).to.equal(soon);
    a.remove();
    b.remove();
    expect([pageClock.size, pageClock.scheduledFor]).to.deep.equal([0, undefined]);
  });
});
