// Output targets: glosa never writes over its input, never leaves a file half-written,
// and says so when a write fails.
import {spawn, spawnSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectNoStackTrace, hostile, projectRoot, scratch} from './helpers.js'

const en = '# Hello\n\nThe chip is fast. The memory is small.\n'
const pt = '# Olá\n\nO chip é rápido. A memória é pequena.\n'
const glossary =
  'languages: [en, pt]\nentries:\n  - id: chip\n    definition:\n      en: A small piece of silicon.\n    terms:\n      en: [chip]\n      pt: [chip]\n'

describe('no output over an input', () => {
  it('refuses check -o naming the translation it checks', () => {
    hostile({
      files: {'en.md': en, 'pt.md': pt},
      args: ['check', 'en.md', 'pt.md', '-o', 'pt.md'],
      code: 2,
      message: /^glosa: pt\.md: this is pt\.md, an input of this run/m,
      portuguese: /^glosa: pt\.md: isto é pt\.md, uma entrada desta execução/m
    })
  })

  it('refuses check --cache -o naming a page of the site through a link, by the identities the cache saw', () => {
    const site = {
      'glosa.config.json': JSON.stringify({pairs: [{source: 'docs/en/*.md', target: 'docs/pt/*.md'}]}),
      'docs/en/a.md': en,
      'docs/pt/a.md': pt
    }
    for (const cache of [[], ['--cache']]) {
      hostile({
        files: {...site, 'out.json': {link: 'docs/pt/a.md'}},
        args: ['check', ...cache, '--report', 'json', '-o', 'out.json'],
        code: 2,
        message: /^glosa: out\.json: this is docs\/pt\/a\.md, an input of this run/m,
        // The cache keeps what the run checked; the report is not written.
        writes: cache.length > 0 ? ['.glosacache'] : []
      })
    }
  })

  it('refuses align -o naming the source, and sees through a symbolic link to it', () => {
    hostile({
      files: {'en.md': en, 'pt.md': pt},
      args: ['align', 'en.md', 'pt.md', '--format', 'tmx', '-o', 'pt.md'],
      code: 2,
      message: /an input of this run/
    })
    hostile({
      files: {'en.md': en, 'pt.md': pt, 'out.tmx': {link: 'en.md'}},
      args: ['align', 'en.md', 'pt.md', '--format', 'tmx', '-o', 'out.tmx'],
      code: 2,
      message: /^glosa: out\.tmx: this is en\.md, an input of this run/m
    })
  })

  it('refuses annotate -o naming its glossary or translation, but --in-place writes the file itself', () => {
    hostile({
      files: {'en.md': en, 'g.yaml': glossary},
      args: ['annotate', 'en.md', '--glossary', 'g.yaml', '-o', 'g.yaml'],
      code: 2,
      message: /this is g\.yaml/
    })
    hostile({
      files: {'en.md': en, 'pt.md': pt},
      args: ['annotate', 'en.md', 'pt.md', '-o', './pt.md'],
      code: 2,
      message: /this is pt\.md/
    })
    const run = hostile({
      files: {'en.md': en, 'g.yaml': glossary},
      args: ['annotate', 'en.md', '--glossary', 'g.yaml', '--in-place'],
      code: 0,
      writes: ['en.md']
    })
    expect(readFileSync(join(run.dir, 'en.md'), 'utf8')).toContain('glosa')
  })

  it('refuses glossary convert writing a lossy TSV over its glossary, unless --force', () => {
    hostile({
      files: {'g.yaml': glossary},
      args: ['glossary', 'convert', 'g.yaml', '--to', 'tsv', '-o', 'g.yaml'],
      code: 2,
      message: /^glosa: g\.yaml: writing TSV over the glossary it was read from would lose/m,
      portuguese: /escrever TSV por cima do glossário/
    })
    const run = hostile({
      files: {'g.yaml': glossary},
      args: ['glossary', 'convert', 'g.yaml', '--to', 'tsv', '-o', 'g.yaml', '--force'],
      code: 0,
      writes: ['g.yaml']
    })
    expect(readFileSync(join(run.dir, 'g.yaml'), 'utf8')).toMatch(/^chip\tchip/m)
  })
})

describe('symbolic links as output', () => {
  it('writes --in-place and -o through a link to its target, keeping the link', () => {
    const run = hostile({
      files: {'real/en.md': en, 'en.md': {link: 'real/en.md'}, 'out.md': {link: 'real/out.md'}, 'real/out.md': 'old\n'},
      args: ['annotate', 'en.md', '--in-place'],
      code: 0,
      writes: ['real/en.md']
    })
    expect(readlinkSync(join(run.dir, 'en.md'))).toBe('real/en.md')
    expect(readFileSync(join(run.dir, 'real/en.md'), 'utf8')).toContain('[^glosa-')
    const strip = hostile({
      files: {'a.md': en, 'out.md': {link: 'real/out.md'}, 'real/out.md': 'old\n'},
      args: ['strip', 'a.md', '-o', 'out.md'],
      code: 0,
      writes: ['real/out.md']
    })
    expect(readFileSync(join(strip.dir, 'real/out.md'), 'utf8')).toBe(en)
  })
})

const big =
  Array.from({length: 3000}, (_, index) => `O chip número ${index} é rápido e a memória é pequena.`).join('\n\n') + '\n'

describe('write errors', () => {
  it('stops quietly, exit code 0, when the reader of a pipe closes early (head)', () => {
    const dir = scratch({'big.md': big})
    const result = spawnSync(
      'bash',
      [
        '-c',
        `node "${join(projectRoot, 'bin/glosa.js')}" segment big.md | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`
      ],
      {cwd: dir, encoding: 'utf8'}
    )
    expect(result.stderr).toBe('status 0\n')
  })

  it('says standard output is full, exit code 2 (/dev/full)', () => {
    const dir = scratch({'big.md': big})
    const result = spawnSync(
      'bash',
      ['-c', `LC_ALL=pt_PT.UTF-8 node "${join(projectRoot, 'bin/glosa.js')}" annotate big.md > /dev/full`],
      {cwd: dir, encoding: 'utf8'}
    )
    expectNoStackTrace(result.stderr)
    expect(result.stderr).toBe(
      'glosa: não é possível escrever na saída padrão, o disco está cheio (ENOSPC: no space left on device, write): a saída está incompleta\n'
    )
    expect(result.status).toBe(2)
  })

  // A small tmpfs, filled: .ci/run mounts one and names it in GLOSA_TEST_TMPFS; as root the test mounts its own.
  it('keeps the old file and leaves no temporary file on a full disk', (context) => {
    const disk = fullDisk()
    if (disk.folder === undefined) return context.skip(disk.why)
    try {
      onFullDisk(disk.folder)
    } finally {
      disk.release()
    }
  })
})

function onFullDisk(folder: string): void {
  {
    const target = join(folder, 'out.md')
    writeFileSync(join(folder, 'big.md'), big.slice(0, 2000))
    writeFileSync(target, 'old\n')
    // Fill what is left.
    spawnSync('dd', ['if=/dev/zero', `of=${join(folder, 'fill')}`, 'bs=4k'], {encoding: 'utf8'})
    for (const args of [
      ['annotate', join(folder, 'big.md'), '-o', target],
      ['strip', join(folder, 'big.md'), '-o', target]
    ]) {
      const result = spawnSync(process.execPath, [join(projectRoot, 'bin/glosa.js'), ...args], {
        encoding: 'utf8',
        env: {PATH: process.env.PATH ?? '', LC_ALL: 'en_US.UTF-8'}
      })
      expectNoStackTrace(result.stderr)
      expect(result.stderr).toMatch(/out\.md: the disk is full \(ENOSPC.*nothing was written, the file is as it was/)
      expect(result.status).toBe(2)
      expect(readFileSync(target, 'utf8')).toBe('old\n')
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
    const stdout = spawnSync(
      'bash',
      [
        '-c',
        `node "${join(projectRoot, 'bin/glosa.js')}" annotate "${join(folder, 'big.md')}" > "${join(folder, 'cut.md')}"`
      ],
      {encoding: 'utf8'}
    )
    expect(stdout.stderr).toMatch(/^glosa: cannot write to standard output, the disk is full/)
    expect(stdout.status).toBe(2)
  }
}

/** A small tmpfs to fill: GLOSA_TEST_TMPFS, or one mounted here when running as root; else why not. */
function fullDisk(): {folder: string | undefined; why: string; release(): void} {
  const given = process.env.GLOSA_TEST_TMPFS
  if (given && existsSync(given)) {
    const folder = mkdtempSync(join(given, 'full-'))
    return {folder, why: `tmpfs ${given}`, release: () => rmSync(folder, {recursive: true, force: true})}
  }
  if (process.getuid?.() !== 0)
    return {folder: undefined, why: 'skipped: not root and no GLOSA_TEST_TMPFS to fill', release() {}}
  const folder = mkdtempSync(join(tmpdir(), 'glosa-tmpfs-'))
  mkdirSync(folder, {recursive: true})
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], {encoding: 'utf8'})
  if (mount.status !== 0) {
    rmSync(folder, {recursive: true, force: true})
    return {folder: undefined, why: `skipped: cannot mount a tmpfs here (${mount.stderr.trim()})`, release() {}}
  }
  return {
    folder,
    why: 'a 64 KiB tmpfs',
    release() {
      spawnSync('umount', [folder])
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

describe('signals during a write', () => {
  it('leaves the old file or the whole new one, and no temporary file, when stopped by SIGTERM, SIGINT or SIGHUP mid-write', async () => {
    const text = 'O chip é rápido e a memória é pequena.\n'.repeat(600_000)
    const dir = scratch({'big.md': text, 'out.md': 'old\n'})
    const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const
    let caught = 0
    for (let round = 0; round < 3; round++) {
      writeFileSync(join(dir, 'out.md'), 'old\n')
      const child = spawn(process.execPath, [join(projectRoot, 'bin/glosa.js'), 'strip', 'big.md', '-o', 'out.md'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe']
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      let closed = false
      const close = new Promise((done) => child.on('close', () => done((closed = true))))
      // Kill as soon as the temporary file appears: in the middle of the write.
      while (!closed && !readdirSync(dir).some((name) => name.endsWith('.tmp')))
        await new Promise((done) => setTimeout(done, 1))
      if (!closed) {
        child.kill(signals[round % 3])
        caught++
      }
      await close
      expectNoStackTrace(stderr)
      expect(
        readdirSync(dir).filter((name) => name.endsWith('.tmp')),
        `round ${round}`
      ).toEqual([])
      const out = readFileSync(join(dir, 'out.md'), 'utf8')
      expect(
        out === 'old\n' || out === text,
        `round ${round}: out.md is neither the old file nor the whole new one (${out.length} characters)`
      ).toBe(true)
    }
    expect(caught, 'no kill landed during a write').toBeGreaterThan(0)
  })
})
