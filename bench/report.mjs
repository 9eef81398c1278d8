// Turns the runs into Markdown tables: one row per library and scenario, then our ratio to each peer.
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
    renderRuns: pick('renderMs'),
    scriptMs: median(pick('scriptMs')),
    heapBytes: median(pick('heapBytes')),
    cls: median(pick('cls')),
    clsMax: Math.max(...pick('cls')),
    requests: median(pick('requests')),
    blocked: Math.max(...runs.map((run) => run.blocked.length)),
    bytes: runs[0].bytes,
    files: filesOver(runs),
  };
}

/** Every file the runs downloaded, once: `{ url, kind, gzip, fetched, late }`, counts over the runs. */
function filesOver(runs) {
  const byUrl = new Map();
  for (const run of runs) {
    for (const file of run.bytes.files) {
      const entry = byUrl.get(file.url) ?? { url: file.url, kind: file.kind, gzip: file.gzip, fetched: 0, late: 0 };
      entry.fetched++;
      if (file.late) entry.late++;
      byUrl.set(file.url, entry);
    }
  }
  return [...byUrl.values()];
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

/**
 * Issue #12's render goal: in one scenario, our render time against a peer's reading the same API, ours no slower
 * (ratio at most 1). Each pair is `[our row, peer]`.
 */
export const GOAL = {
  scenario: { widgets: 1, posts: 20 },
  pairs: [
    ['social-feed (mastodon API)', '@idotj/mastodon-embed-timeline'],
    ['social-feed (bluesky)', 'bluesky-profile-feed-embed'],
  ],
};

const bytesText = (n) => `${n.toLocaleString('en-US')} B`;
const fileName = (url) => new URL(url).pathname.split('/').at(-1);

/** The goal's render ratios, then the bytes of each side's path: what the page downloaded before its posts showed. */
export function goalReport(results, { scenario, pairs } = GOAL) {
  const byId = results.get(scenarioName(scenario));
  const rows = [];
  for (const [oursId, peerId] of pairs) {
    const us = byId.get(oursId);
    const them = byId.get(peerId);
    const name = `${oursId} ÷ ${peerId}`;
    if (!us || !them || us.failure || them.failure) {
      rows.push([name, 'no numbers: one did not render', '', '', '', '', '', '']);
      continue;
    }
    const [a, b] = [us.summary, them.summary];
    // Run i of both was taken in the same round of the interleaving, so their ratio is a paired sample.
    const paired = a.renderRuns.map((ms, i) => ms / b.renderRuns[i]).filter(Number.isFinite);
    const faster = paired.filter((r) => r <= 1).length;
    const x = (r) => `${r.toFixed(2)}×`;
    const medianRatio = a.renderMs / b.renderMs;
    rows.push([
      name,
      `${a.renderMs.toFixed(0)} (${a.renderQ1.toFixed(0)}–${a.renderQ3.toFixed(0)})`,
      `${b.renderMs.toFixed(0)} (${b.renderQ1.toFixed(0)}–${b.renderQ3.toFixed(0)})`,
      `**${x(medianRatio)}**`,
      `${x(median(paired))} (${x(quantile(paired, 0.25))}–${x(quantile(paired, 0.75))}; ${x(Math.min(...paired))}–${x(Math.max(...paired))})`,
      `${faster} of ${paired.length}`,
      `${a.cls.toFixed(3)} vs ${b.cls.toFixed(3)}`,
      medianRatio <= 1 ? 'met (no slower)' : `**not met**: ${((medianRatio - 1) * 100).toFixed(0)} % slower`,
    ]);
  }
  const ratios = table(
    ['ours ÷ peer (same API)', 'ours: render ms median (IQR)', 'peer: render ms median (IQR)', 'ratio of medians', 'ratio run by run: median (IQR; min–max)', 'runs where ours was no slower', 'CLS (ours vs theirs)', 'goal ≤ 1.00×'],
    rows,
  );

  const byteRows = [];
  for (const id of [...new Set(pairs.flat())]) {
    const entry = byId.get(id);
    if (!entry || entry.failure) continue;
    const { files, runs } = entry.summary;
    const code = files.filter((f) => f.kind !== 'json');
    // A file belongs to the path when it ended before the posts showed in most runs.
    const onPath = code.filter((f) => f.late * 2 < f.fetched);
    const later = code.filter((f) => f.late * 2 >= f.fetched);
    const note = (f) => (f.late > 0 && f.late < f.fetched ? ` (after the posts in ${f.late} of ${f.fetched} runs)` : '');
    const list = (some) => some.map((f) => `${fileName(f.url)} ${f.gzip.toLocaleString('en-US')}${note(f)}`).join(' + ') || 'none';
    const sum = (some) => some.reduce((total, f) => total + f.gzip, 0);
    byteRows.push([
      id,
      list(onPath),
      `**${bytesText(sum(onPath))}**`,
      bytesText(entry.summary.bytes.dataGzip),
      later.length ? `${list(later)} = ${bytesText(sum(later))}` : 'none',
      String(runs),
    ]);
  }
  const bytes = table(
    ['library', 'path: scripts and styles fetched before the posts showed (B gzip)', 'path total (gzip)', 'API JSON (gzip)', 'fetched after the posts showed', 'runs'],
    byteRows,
  );
  return `${scenarioName(scenario)}, one widget; render time as in the table below; below 1.00× ours is faster.\n\n${ratios}\n\n` +
    `What each downloads (gzip -9 of what was served, in bytes, as \`npm run size\` counts them):\n\n${bytes}`;
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
export function machineReport(widget, browserVersion, startLoad, latencyMs) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const load = (values) => values.map((v) => v.toFixed(2)).join(' ');
  // The widget is built from a working tree: say so when its src/ differed from the commit when the run began.
  const dirty = widget.dirty ? ' plus uncommitted changes in src/' : '';
  const folder = widget.folder === 'dist' ? '' : ` (the build in ${widget.folder})`;
  return [
    `- widget: built from commit ${widget.commit}${dirty}${folder}, copied at the start of the run`,
    `- CPU: ${model}, ${cpus().length} cores available (shared with other work)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Chromium ${browserVersion} (headless), Node ${process.version}, ${process.platform}`,
    `- date: ${new Date().toISOString()}`,
    `- load average (1, 5, 15 min) at start: ${load(startLoad)}, at end: ${load(loadavg())}`,
    `- added latency: ${latencyMs ? `${latencyMs} ms on every request (BENCH_LATENCY)` : 'none (every server is on this machine)'}`,
  ].join('\n');
}
