import {describe, expect, it} from 'vitest'
import {workerExecArgv} from '../../src/check/jobs.js'

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
