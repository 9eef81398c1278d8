// Turns the runs into Markdown tables: one row per library and scenario, then our ratio to each peer.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** The `q` quantile (0..1) of `values`, interpolated; NaN when there are none. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

const median = (values) => quantile(values, 0.5);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** A scenario's name: "1 × 20 posts". */
export const scenarioName = ({ widgets, posts }) => `${widgets} × ${posts} posts`;

/** Medians of one library's runs in one scenario (`runs` holds the measurePage results). */
export function summarize(runs) {
  const pick = (key) => runs.map((run) => run[key]);
  return {
    runs: runs.length,
    renderMs: median(pick('renderMs')),
    renderQ1: quantile(pick('renderMs'), 0.25),
    renderQ3: quantile(pick('renderMs'), 0.75),
    scriptMs: median(pick('scriptMs')),
    heapBytes: median(pick('heapBytes')),
    cls: median(pick('cls')),
    clsMax: Math.max(...pick('cls')),
    requests: median(pick('requests')),
    blocked: Math.max(...runs.map((run) => run.blocked.length)),
    bytes: runs[0].bytes,
  };
}

/** The main table; `results` maps `scenario name` -> `library id` -> `{ summary, shown, failure }`. */
export function resultsTable(scenarios, libraries, results) {
  const rows = [];
  for (const scenario of scenarios) {
    for (const library of libraries) {
      const { summary: s, shown, failure } = results.get(scenarioName(scenario)).get(library.id);
      const name = scenarioName(scenario);
      if (failure) {
        rows.push([name, library.id, `did not render offline: ${failure}`, ...Array(10).fill('')]);
        continue;
      }
      rows.push([
        name,
        library.id,
        shown === scenario.posts ? String(shown) : `**${shown}** of ${scenario.posts}`,
        kb(s.bytes.raw),
        kb(s.bytes.min),
        kb(s.bytes.gzip),
        kb(s.bytes.dataGzip),
        `${s.renderMs.toFixed(0)} (${s.renderQ1.toFixed(0)}–${s.renderQ3.toFixed(0)})`,
        s.scriptMs.toFixed(1),
        (s.heapBytes / 2 ** 20).toFixed(2),
        String(s.requests),
        String(s.blocked),
        s.clsMax > s.cls + 0.0005 ? `${s.cls.toFixed(3)} (max ${s.clsMax.toFixed(3)})` : s.cls.toFixed(3),
      ]);
    }
  }
  return table(
    ['scenario (widgets × posts)', 'library', 'posts shown each', 'KB raw', 'KB min', 'KB gzip', 'of which JSON', 'render ms median (IQR)', 'script ms', 'heap MB', 'requests', 'blocked', 'CLS'],
    rows,
  );
}

const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : ours > 0 ? '∞' : '—');

/** Our ratio to each peer, in the peer's own format and in ours: below 1 means we cost less. */
export function ratioTable(scenarios, libraries, results) {
  const rows = [];
  for (const scenario of scenarios) {
    const byId = results.get(scenarioName(scenario));
    for (const peer of libraries.filter((library) => !library.ours)) {
      for (const oursId of [...peer.compare, 'social-feed (native)']) {
        const them = byId.get(peer.id);
        const us = byId.get(oursId);
        const name = `${oursId} ÷ ${peer.id}`;
        if (them.failure || us.failure) {
          rows.push([scenarioName(scenario), name, 'no numbers: one did not render', '', '', '', '', '']);
          continue;
        }
        const [a, b] = [us.summary, them.summary];
        rows.push([
          scenarioName(scenario),
          name,
          ratio(a.bytes.gzip, b.bytes.gzip),
          ratio(a.renderMs, b.renderMs),
          ratio(a.scriptMs, b.scriptMs),
          ratio(a.heapBytes, b.heapBytes),
          ratio(a.requests, b.requests),
          `${a.cls.toFixed(3)} vs ${b.cls.toFixed(3)}`,
        ]);
      }
    }
  }
  return table(['scenario', 'ours ÷ peer', 'gzip bytes', 'render time', 'script time', 'heap', 'requests', 'CLS (ours vs theirs)'], rows);
}

/** The idle-cost lines. */
export function idleReport(idle, { widgets, posts }) {
  const kinds = Object.entries(idle.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none';
  return [
    `Idle, ${widgets} widgets × ${posts} posts (${idle.posts} labels), one simulated hour:`,
    `- timer wake-ups on the page: **${idle.wakeups}** (${kinds})`,
    `- minimum the labels need: **${idle.needed}** distinct moments (${idle.labelChanges} label changes merged)`,
    `- wake-ups at no label change: ${idle.wasted}; two at one moment: ${idle.duplicates}; label changes with no wake-up: ${idle.missed}`,
    `- labels checked against an independent computation at the start and end of the hour: ${idle.labelsChecked}, wrong: ${idle.wrongLabels}`,
  ].join('\n');
}

/** The machine and software the numbers come from. */
export function machineReport(browserVersion, startLoad, latencyMs) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const load = (values) => values.map((v) => v.toFixed(2)).join(' ');
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  // The widget is built from the working tree: say so when it differs from the commit.
  const dirty = git('status', '--porcelain', '--', 'src') ? ' plus uncommitted changes in src/' : '';
  return [
    `- widget: built from commit ${git('rev-parse', '--short', 'HEAD')}${dirty}`,
    `- CPU: ${model}, ${cpus().length} cores available (shared with other work)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Chromium ${browserVersion} (headless), Node ${process.version}, ${process.platform}`,
    `- date: ${new Date().toISOString()}`,
    `- load average (1, 5, 15 min) at start: ${load(startLoad)}, at end: ${load(loadavg())}`,
    `- added latency: ${latencyMs ? `${latencyMs} ms on every request (BENCH_LATENCY)` : 'none (every server is on this machine)'}`,
  ].join('\n');
}
