'use strict'
// V8 settings for one CLI process. A typical run (`corroborate analyze` of a few articles) lasts a
// few hundred milliseconds, most of it spent on memory the process touches for the first time
// (each new page costs a page fault; on some virtual machines tens of microseconds) and on
// compiling: settings that pay off over seconds cost more than they save there.
//
// The code cache of the bundle records the flags it was made under, so the lean settings are set
// before the bundle is compiled, for every command, and set again before a cache is written.

const lean = [
  // TurboFan compiles functions that were hot for a few milliseconds, on a background thread with
  // its own memory, and the run is over before the optimised code pays that back.
  '--no-turbofan',
  // The young generation starts at 1 MB a semi-space and doubles when much survives a scavenge;
  // growing to 16 MB touches pages a short run never reuses. A short run scavenges a small one
  // more often instead.
  '--semi-space-growth-factor=1',
  // V8 first compiles a regular expression to bytecode (with a peephole pass that costs more than
  // the machine code: 2 ms against 0.4 for the long attribution patterns) and compiles it again to
  // machine code on its second run. A run compiles some 250 patterns, most run a few times:
  // machine code at once saves about 5% of the instructions of `analyze` on the example story.
  '--no-regexp-tier-up',
]

// V8's own defaults, for runs that turn out long. The flags exist in V8 11 to 13 (Node 20 to 24);
// a V8 that holds the growth factor at 2 or more just ignores the lean value.
const usual = ['--turbofan', '--semi-space-growth-factor=2', '--regexp-tier-up']

// Up to this many articles an analysis is short enough for the lean settings: at 100 articles
// they cost about a tenth more CPU time than V8's usual ones.
const LEAN_UP_TO_ARTICLES = 20

/**
 * Returns `lean()` and `usual()`, which switch the current process between the two settings, and
 * `expectArticles(count)`, which switches to the usual ones when an analysis of `count` articles
 * is coming that is too long for the lean ones.
 */
function v8Settings() {
  const { setFlagsFromString } = require('node:v8')
  const set = (flags) => () => {
    for (const flag of flags) setFlagsFromString(flag)
  }
  const usualSettings = set(usual)
  return {
    lean: set(lean),
    usual: usualSettings,
    expectArticles(count) {
      if (count > LEAN_UP_TO_ARTICLES) usualSettings()
    },
  }
}

module.exports = { v8Settings }
