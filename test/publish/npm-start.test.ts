import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const root = new URL('../..', import.meta.url)

describe('npm start (the README’s main command)', () => {
  it('prints only the annotated Markdown, so `npm start > post.md` writes a clean file', () => {
    const env = {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp'}
    const started = spawnSync('npm', ['start'], {cwd: root, encoding: 'utf8', env})
    const direct = spawnSync(process.execPath, ['bin/glosa.js', 'annotate', 'corpus/h20-ft/post.txt'], {
      cwd: root,
      encoding: 'utf8',
      env
    })
    expect(started.status).toBe(0)
    expect(direct.status).toBe(0)
    // npm's banner is '> glosa@0.1.0 start' and the script line; the post's own quote lines start with '> ' too.
    expect(started.stdout).not.toMatch(/^> (?:glosa@\S+ start|tsc -p)/m)
    expect(started.stdout).toBe(direct.stdout)
  }, 120_000)
})
