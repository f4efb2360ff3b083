// V8 settings for the CLI process, set before the bundle is compiled (the code cache records the
// flags it was made under, and bin/corroborate.js sets the same ones when the build writes it).

// V8 optimises a function with TurboFan, on a background thread, once it has run a budget of
// bytecode. Most CLI runs last well under a second: a cold `corroborate analyze` of five articles
// spent about a quarter of its CPU time compiling functions that were hot for a few milliseconds
// and then never ran again. Four times the default budget (67,584) leaves those in the
// interpreter and baseline code, while functions that stay hot (a long ingest, a server) are still
// optimised, a little later.
const INTERRUPT_BUDGET = 4 * 67_584

export async function tuneCompilerForShortRuns() {
  const v8 = process.getBuiltinModule?.('node:v8') ?? (await import('node:v8')).default
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}
