import {describe, expect, it} from 'vitest'
import {workerExecArgv, workerSemiSpaceMb, workerV8Options} from '../../src/check/jobs.js'
import {heapGrowingPercent} from '../../src/util/heap.js'

describe('the Node options a --jobs worker starts with', () => {
  it('keeps what loads or resolves code, with its values, in either form', () => {
    expect(
      workerExecArgv(['--import', 'tsx', '--require=./setup.cjs', '-r', 'dotenv/config', '--conditions=dev'])
    ).toEqual(['--import', 'tsx', '--require=./setup.cjs', '-r', 'dotenv/config', '--conditions=dev'])
    expect(workerExecArgv(['--enable-source-maps', '--no-warnings', '--experimental-vm-modules'])).toEqual([
      '--enable-source-maps',
      '--no-warnings',
      '--experimental-vm-modules'
    ])
  })

  it('keeps what the user set for V8 and for the process, as Node’s fork does', () => {
    expect(
      workerExecArgv(['--max-old-space-size=4096', '--max-semi-space-size=32', '--stack-size=2000', '--title=glosa'])
    ).toEqual(['--max-old-space-size=4096', '--max-semi-space-size=32', '--stack-size=2000', '--title=glosa'])
  })

  it('leaves behind the main script’s own: -e and --print with their code, --input-type', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'await main()', '--import', 'tsx'])).toEqual([
      '--import',
      'tsx'
    ])
    expect(workerExecArgv(['--print', '1 + 1'])).toEqual([])
    expect(workerExecArgv(['--input-type', 'module', '--eval=1'])).toEqual([])
  })

  it('leaves behind the debugger, watching and tests, with their values', () => {
    expect(
      workerExecArgv([
        '--inspect',
        '--inspect-brk=9230',
        '--inspect-port',
        '9231',
        '--watch',
        '--watch-path',
        'src',
        '--test-name-pattern',
        'x',
        '--no-warnings'
      ])
    ).toEqual(['--no-warnings'])
  })
})

describe('the semi-space of a --jobs worker', () => {
  const GiB = 2 ** 30

  it('is four times V8’s 16 MB where memory allows: a young generation of 192 MB', () => {
    expect(workerSemiSpaceMb(2, 24 * GiB)).toBe(64)
    expect(workerSemiSpaceMb(4, 7 * GiB)).toBe(64)
  })

  it('shares an eighth of the memory between the workers’ young generations where cores are many and memory little', () => {
    expect(workerSemiSpaceMb(16, 8 * GiB)).toBe(21)
    expect(workerSemiSpaceMb(10, 8 * GiB)).toBe(34)
  })

  it('is never less than V8’s default', () => {
    expect(workerSemiSpaceMb(64, 4 * GiB)).toBe(16)
    expect(workerSemiSpaceMb(1, 0)).toBe(16)
  })
})

describe('the V8 options of a --jobs worker', () => {
  const GiB = 2 ** 30

  const growth = `--heap-growing-percent=${heapGrowingPercent}`

  it('bounds the heap’s growth as glosa check does its own process, and sets the semi-space', () => {
    expect(workerV8Options(2, 4, 24 * GiB)).toEqual([growth, '--max-semi-space-size=64'])
    expect(workerV8Options(16, 32, 8 * GiB)).toEqual([growth, '--max-semi-space-size=21'])
  })

  it('runs V8 in the worker’s own thread alone when every core has a worker', () => {
    expect(workerV8Options(2, 2, 24 * GiB)).toEqual([growth, '--max-semi-space-size=64', '--single-threaded'])
    expect(workerV8Options(8, 4, 24 * GiB)).toEqual([growth, '--max-semi-space-size=64', '--single-threaded'])
  })
})
