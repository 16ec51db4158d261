// A worker thread of `glosa check --jobs N`: compiles the glossary once, then
// checks the units the main thread sends, one at a time (see jobs.ts). A
// glossary that cannot be loaded is the answer to every unit, as the user
// error it is: the main thread does not load the glossary itself to find out.
import {parentPort, workerData} from 'node:worker_threads'
import {loadGlossaries} from '../glossary/index.js'
import {translator} from '../i18n/index.js'
import {formatSize, setDefaultMaxSize, setLargeInputNotice} from '../util/input.js'
import {compileGlossary} from '../tag/index.js'
import {GlosaError} from '../util/errors.js'
import type {WorkerReply, WorkerSpec} from './jobs.js'
import type {CheckOptions} from './check.js'
import {checkUnit, unitPaths, type CheckUnit} from './unit.js'

const spec = workerData as WorkerSpec
const port = parentPort!
setDefaultMaxSize(spec.maxSize)
const t = translator(spec.options.locale ?? 'en')
const notices: string[] = []
setLargeInputNotice((file, bytes) =>
  notices.push(t('memory:largeInput', {file, size: formatSize(bytes), memory: formatSize(bytes * 40)}) as string)
)

/** A user error as plain data, to cross threads. */
function plainError(error: GlosaError): Extract<WorkerReply, {error: unknown}>['error'] {
  return {
    key: error.key,
    values: error.values,
    ...(error.file === undefined ? {} : {file: error.file}),
    ...(error.place ? {place: error.place} : {})
  }
}

const {files, columns, cache} = spec.glossary
let options: CheckOptions | undefined
let unusable: ReturnType<typeof plainError> | undefined
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

port.on('message', ({index, unit}: {index: number; unit: CheckUnit}) => {
  // Test hook: `GLOSA_CRASH_ON=exit:<path>` ends the thread itself while it checks that file.
  const crash = process.env.GLOSA_CRASH_ON
  if (crash?.startsWith('exit:') && unitPaths(unit).includes(crash.slice('exit:'.length))) process.exit(70)
  if (!options) {
    port.postMessage({index, error: unusable!} satisfies WorkerReply)
    return
  }
  let reply: WorkerReply
  try {
    const result = checkUnit(unit, options)
    result.warnings.unshift(...notices.splice(0))
    reply = {index, result}
  } catch (error) {
    if (!(error instanceof GlosaError)) throw error
    reply = {index, error: plainError(error)}
  }
  port.postMessage(reply)
})
