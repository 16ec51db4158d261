import {setFlagsFromString} from 'node:v8'

/**
 * How far V8 lets the heap grow past what the last full collection left
 * alive, in per cent, for a run of glosa. V8's own choice grows with how
 * cheap collecting looks, up to 4×: on a long `glosa check`, whose pages'
 * trees outlive a young-generation collection and are promoted only to die
 * soon after, the heap then held 4 to 5 times what was alive (205 MB before
 * a full collection, 39 MB after, on 2,000 pairs with a 10,000-term
 * glossary). At 50 % the same run peaked at 186 MB of RSS instead of 308, in
 * no more CPU time (see docs/scaling.md#memory).
 */
export const heapGrowingPercent = 50

/**
 * Bound V8's heap growth for this process to {@link heapGrowingPercent}
 * (`--jobs` workers are started with it, see check/jobs.ts), unless Node
 * was started with a `--heap-growing-percent` of the user's own (`node
 * --heap-growing-percent=100 bin/glosa.js …`; `NODE_OPTIONS` does not take
 * it): the user's choice wins. Whether it was set.
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((option) => /^--heap[-_]growing[-_]percent\b/.test(option))) return false
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`)
  return true
}
