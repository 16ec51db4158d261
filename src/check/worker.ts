// A worker process of `glosa check --jobs N`: told what to check by its first
// message, compiles the glossary once, then checks the batches of units the
// main process sends, answering each batch in one message (see jobs.ts),
// until the main process disconnects. A glossary that cannot be loaded is the
// answer to every unit, as the user error it is: the main process does not
// load the glossary itself to find out.
import {loadGlossaries} from '../glossary/index.js'
import {translator} from '../i18n/index.js'
import {formatSize, setDefaultMaxSize, setLargeInputNotice} from '../util/input.js'
import {compileGlossary} from '../tag/index.js'
import {GlosaError} from '../util/errors.js'
import type {WorkerBatch, WorkerReply, WorkerResult, WorkerSpec} from './jobs.js'
import type {CheckOptions} from './check.js'
import {checkUnit, injectedCrash, type CheckUnit} from './unit.js'

/** A user error as plain data, to send back. */
function plainError(error: GlosaError): Extract<WorkerReply, {error: unknown}>['error'] {
  return {
    key: error.key,
    values: error.values,
    ...(error.file === undefined ? {} : {file: error.file}),
    ...(error.place ? {place: error.place} : {})
  }
}

const notices: string[] = []
let options: CheckOptions | undefined
let unusable: ReturnType<typeof plainError> | undefined

/** Ready the worker for `spec`: the input-size limit, the notices' language, the glossary. */
function begin(spec: WorkerSpec): void {
  setDefaultMaxSize(spec.maxSize)
  const t = translator(spec.options.locale ?? 'en')
  setLargeInputNotice((file, bytes) =>
    notices.push(t('memory:largeInput', {file, size: formatSize(bytes), memory: formatSize(bytes * 40)}) as string)
  )
  const {files, columns, cache} = spec.glossary
  try {
    const matcher = compileGlossary(
      files.length === 0
        ? {languages: [], entries: []}
        : loadGlossaries(files, {...(columns ? {columns} : {}), ...(cache === undefined ? {} : {cache})})
    )
    options = {...spec.options, matcher}
  } catch (error) {
    if (!(error instanceof GlosaError)) throw error
    unusable = plainError(error)
  }
}

/** Check one unit: its result, or the user error that stopped it. */
function check(index: number, unit: CheckUnit): WorkerResult | Extract<WorkerReply, {error: unknown}> {
  // Test hooks: `GLOSA_CRASH_ON=exit:<path>` ends the process while it checks that file;
  // `GLOSA_CRASH_ON=throw:<path>` throws where nothing catches it.
  const crash = injectedCrash(unit)
  if (crash?.how === 'exit') process.exit(70)
  if (crash?.how === 'throw') throw new Error(`injected defect in a worker on ${crash.path} (GLOSA_CRASH_ON)`)
  if (!options) return {index, error: unusable!}
  try {
    const result = checkUnit(unit, options)
    result.warnings.unshift(...notices.splice(0))
    return {index, result}
  } catch (error) {
    if (!(error instanceof GlosaError)) throw error
    return {index, error: plainError(error)}
  }
}

let begun = false
/** The unit being checked, and the results of its batch's units before it: said with a defect that ends the worker. */
let checking: number | undefined
let done: WorkerResult[] = []
/** Set once a defect ends the worker: batches that come while it says so are not begun. */
let ending = false
process.on('message', (message: WorkerSpec | WorkerBatch) => {
  if (ending) return
  if (!begun) {
    begun = true
    begin(message as WorkerSpec)
    return
  }
  done = []
  for (const {index, unit} of (message as WorkerBatch).batch) {
    checking = index
    const reply = check(index, unit)
    if ('error' in reply) {
      // The run stops on it: what else the batch holds does not matter.
      checking = undefined
      process.send!(reply)
      return
    }
    done.push(reply)
  }
  checking = undefined
  process.send!({done} satisfies WorkerReply)
})
// A defect of glosa: said to the main process, with the unit it happened on,
// which the main process reports as not checked.
process.on('uncaughtException', (error) => {
  ending = true
  const crash =
    error instanceof Error ? {message: error.message, stack: error.stack ?? error.message} : {message: String(error)}
  const where = checking === undefined ? {} : {index: checking, done}
  process.send!({crash, ...where} satisfies WorkerReply, () => process.exit(1))
})
// The main process is done with this worker, or gone.
process.on('disconnect', () => process.exit(0))
