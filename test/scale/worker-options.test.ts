import {describe, expect, it} from 'vitest'
import {workerExecArgv, workerYoungGenerationMb} from '../../src/check/jobs.js'

describe('the Node options a --jobs worker starts with', () => {
  it('keeps those that load or resolve code, with their values, in either form', () => {
    expect(
      workerExecArgv(['--import', 'tsx', '--require=./setup.cjs', '-r', 'dotenv/config', '--conditions=dev'])
    ).toEqual(['--import', 'tsx', '--require=./setup.cjs', '-r', 'dotenv/config', '--conditions=dev'])
    expect(workerExecArgv(['--enable-source-maps', '--no-warnings', '--experimental-vm-modules'])).toEqual([
      '--enable-source-maps',
      '--no-warnings',
      '--experimental-vm-modules'
    ])
  })

  it('leaves behind options for the whole process, which Node refuses in a worker', () => {
    expect(
      workerExecArgv(['--max-old-space-size=4096', '--heap-growing-percent=80', '--inspect', '--title=glosa'])
    ).toEqual([])
  })

  it('leaves behind the main script’s own: -e and --print with their code, --input-type', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'await main()', '--import', 'tsx'])).toEqual([
      '--import',
      'tsx'
    ])
    expect(workerExecArgv(['--print', '1 + 1'])).toEqual([])
  })
})

describe('the young generation a --jobs worker may grow to', () => {
  const GiB = 2 ** 30

  it('is four times V8’s default of 48 MB where memory allows', () => {
    expect(workerYoungGenerationMb(2, 24 * GiB)).toBe(192)
    expect(workerYoungGenerationMb(4, 7 * GiB)).toBe(192)
  })

  it('shares an eighth of the memory between the workers on a machine of many cores and little memory', () => {
    expect(workerYoungGenerationMb(16, 8 * GiB)).toBe(64)
    expect(workerYoungGenerationMb(10, 8 * GiB)).toBe(102)
  })

  it('is never less than V8’s default', () => {
    expect(workerYoungGenerationMb(64, 4 * GiB)).toBe(48)
    expect(workerYoungGenerationMb(1, 0)).toBe(48)
  })
})
