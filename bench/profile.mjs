#!/usr/bin/env node
/**
 * Where does a case's time go? Not part of `npm run bench`; a tool for the
 * person making a view faster.
 *
 *   node bench/profile.mjs --case=profiad-month --n=1000 [--runs=10] [--lib=src|dist]
 *
 * 1. Phases: a Chrome performance trace of each run, cut to the measured
 *    window (the harness's bench-start / bench-end marks), summed by
 *    main-thread activity (self time): script, style recalculation, layout,
 *    pre-paint, paint, GC...
 * 2. Functions: a V8 CPU profile (sampled every 100 µs) of each run, summed by
 *    function: self time and total time (the function and what it calls),
 *    averaged per run. `--lib=src` (default) profiles an unminified esbuild
 *    bundle of src/ so the names are the source's; `--lib=dist` the shipped build;
 *    `--lib=x` a bundle you made yourself at bench/.build/profiad-x.js.
 *    `--callers=name,name` also splits those functions' time by caller.
 * `--warm-intl` loads ICU's date data before the measurement (see harness.js).
 */
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {buildDir, launch, measureOnce, prepareInputs, serve} from './browser.mjs';

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : arg.slice(name.length + 3);
}
const CASE = option('case', 'profiad-month');
const N = Number(option('n', 1000));
const RUNS = Number(option('runs', 10));
const LIB = option('lib', 'src');
const TOP = Number(option('top', 25));
const WARM = process.argv.includes('--warm-intl') ? 'intl' : '';
/** Functions (by name) whose callers to list: --callers=isValidTimeZone,monthName */
const CALLERS = option('callers', '').split(',').filter(Boolean);

const ms = (x) => x.toFixed(1).padStart(7);

/** Main-thread self time per trace event name within [bench-start, bench-end]. */
function phases(trace) {
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'bench-start')?.ts;
  const end = events.find((e) => e.name === 'bench-end')?.ts;
  if (start === undefined || end === undefined) throw new Error('the trace has no bench-start / bench-end marks');
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.name === 'bench-start' && x.pid === e.pid && x.tid === e.tid));
  // Complete events on the main thread that overlap the window, clipped to it
  // (the call that runs the measurement starts before bench-start).
  const onMain = events
    .filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.dur > 0 && e.ts < end && e.ts + e.dur > start)
    .map((e) => {
      const from = Math.max(e.ts, start);
      return {name: e.name, ts: from, dur: Math.min(e.ts + e.dur, end) - from};
    })
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return {window: (end - start) / 1000, self: new Map([...self].map(([name, us]) => [name, us / 1000]))};
}

/** Self and total ms per function of one CPU profile. */
function functions(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (node) => {
    const {functionName, url, lineNumber} = node.callFrame;
    const file = url ? url.replace(/^.*\/(bench|dist)\//, '$1/') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  const callers = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set();
    for (; node; node = byId.get(parent.get(node.id))) {
      const k = key(node);
      if (CALLERS.includes(node.callFrame.functionName)) {
        const via = `${node.callFrame.functionName} <- ${key(byId.get(parent.get(node.id)) ?? {callFrame: {functionName: '?', url: '', lineNumber: 0}})}`;
        if (!seen.has(via)) callers.set(via, (callers.get(via) ?? 0) + dt);
        seen.add(via);
      }
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  return {self, total, callers};
}

const add = (into, from) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);

async function main() {
  await prepareInputs([N], {source: LIB === 'src'});
  // Any other --lib=x must already be in bench/.build/profiad-x.js.
  const server = await serve();
  const browser = await launch();
  const lib = LIB === 'dist' ? '' : LIB;
  const phaseSums = new Map();
  const selfSums = new Map();
  const totalSums = new Map();
  const callerSums = new Map();
  const paints = [];
  const tracePath = join(buildDir, 'profile-trace.json');
  try {
    await measureOnce(browser, server.origin, CASE, N, {lib, warm: WARM}); // warm-up
    for (let run = 0; run < RUNS; run++) {
      const traced = await measureOnce(browser, server.origin, CASE, N, {
        lib,
        warm: WARM,
        before: (page) => page.tracing.start({path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.gc']}),
        after: async (page) => {
          await page.tracing.stop();
          return phases(JSON.parse(readFileSync(tracePath, 'utf8')));
        },
      });
      add(phaseSums, traced.recorded.self);
      paints.push(traced.paint);
      const profiled = await measureOnce(browser, server.origin, CASE, N, {
        lib,
        warm: WARM,
        before: async (page) => {
          const session = await page.createCDPSession();
          await session.send('Profiler.enable');
          await session.send('Profiler.setSamplingInterval', {interval: 100});
          await session.send('Profiler.start');
          return session;
        },
        after: async (page, session) => (await session.send('Profiler.stop')).profile,
      });
      const {self, total, callers} = functions(profiled.recorded);
      add(selfSums, self);
      add(totalSums, total);
      add(callerSums, callers);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    server.close();
    rmSync(tracePath, {force: true});
  }
  const avg = (map) => new Map([...map].map(([k, v]) => [k, v / RUNS]));
  paints.sort((a, b) => a - b);
  console.log(`${CASE}, ${N} events, ${RUNS} runs (${LIB}${WARM ? ', Intl warmed' : ''}); median while tracing: ${paints[paints.length >> 1].toFixed(1)} ms\n`);
  console.log('Main thread, ms per run (self time, measured window):');
  for (const [name, value] of top(avg(phaseSums), 14)) console.log(`${ms(value)}  ${name}`);
  console.log('\nFunctions by self time, ms per run (CPU profile; rendering work shows as "(program)"):');
  for (const [name, value] of top(avg(selfSums), TOP)) console.log(`${ms(value)}  ${name}`);
  console.log('\nFunctions by total time (incl. callees), ms per run:');
  for (const [name, value] of top(avg(totalSums), TOP)) console.log(`${ms(value)}  ${name}`);
  if (CALLERS.length) {
    console.log('\nCallers (total time of the function when called from there), ms per run:');
    for (const [name, value] of top(avg(callerSums), TOP)) console.log(`${ms(value)}  ${name}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
