import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, site, translations} from './site.js'

const bin = join(root, 'bin/glosa.js')

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; reason: string}>
}

function glosa(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      LANG: 'C',
      LC_ALL: '',
      LC_MESSAGES: '',
      GLOSA_LOCALE: '',
      GLOSA_CRASH_ON: '',
      ...env
    }
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A unit's line of a cache file: `[key, hash, stat]`, a tab, the result. */
function readLine(line: string): {key: string; hash: string; stat: string | null; result: unknown} {
  const tab = line.indexOf('\t')
  const [key, hash, stat] = JSON.parse(line.slice(0, tab)) as [string, string, string | null]
  return {key, hash, stat, result: JSON.parse(line.slice(tab + 1))}
}

/** A cache file as it counts: its header, and each unit's last line by key. */
function readCache(file: string): {
  tool: string
  glosa: string
  lines: number
  units: Record<string, {stat: string | null}>
} {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n')
  const units: Record<string, {stat: string | null}> = {}
  for (const line of lines) {
    const {key, ...unit} = readLine(line)
    units[key] = unit
  }
  return {...(JSON.parse(header!) as {tool: string; glosa: string}), lines: lines.length, units}
}

const pages = {a: 'clean.pt-PT', b: 'errors.pt-PT', c: 'errors.pt-BR', d: 'clean.pt-BR'} as const
const fourPages = () =>
  site(Object.fromEntries(Object.entries(pages).map(([name, file]) => [name, `${file}.md` as const])))

describe('glosa check --jobs, --cache, --shard and glosa report merge (the binary)', {timeout: 120_000}, () => {
  it('refuses --jobs 0, --shard 0/3, --shard 4/3 and a shard that is no fraction, as usage errors', () => {
    const folder = fourPages()
    expect(glosa(['check', '--jobs', '0'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: "glosa: --jobs takes a whole number of workers, 1 or more; got '0'\n"
    })
    expect(glosa(['check', '--jobs', 'two'], folder).code).toBe(2)
    for (const shard of ['0/3', '4/3', '1/0', 'half']) {
      expect(glosa(['check', '--shard', shard], folder)).toEqual({
        code: 2,
        stdout: '',
        stderr: `glosa: --shard takes i/n, slice i of n, with 1 ≤ i ≤ n ≤ 4096; got '${shard}'\n`
      })
    }
    expect(glosa(['check', '--shard', '4/3', '--locale', 'pt-PT'], folder).stderr).toBe(
      "glosa: --shard recebe i/n, a fatia i de n, com 1 ≤ i ≤ n ≤ 4096; recebeu '4/3'\n"
    )
  })

  it('gives the report of --jobs 1 with --jobs 2, in every format', () => {
    const folder = fourPages()
    for (const report of ['human', 'json', 'sarif', 'github']) {
      const one = glosa(['check', '--jobs', '1', '--report', report], folder)
      expect(one.code).toBe(1)
      expect(glosa(['check', '--jobs', '2', '--report', report], folder)).toEqual(one)
    }
  })

  it('runs --jobs 2 under Node options for the whole process (V8 flags, --input-type with -e) as --jobs 1', () => {
    const folder = fourPages()
    const run = (jobs: string) =>
      spawnSync(
        process.execPath,
        [
          '--max-old-space-size=4096',
          '--stack-size=2000',
          '--no-warnings',
          '--input-type=module',
          '-e',
          `const {main} = await import(${JSON.stringify(join(root, 'dist/cli/main.js'))}); process.exitCode = await main(process.argv.slice(1))`,
          'check',
          '--report',
          'json',
          '--jobs',
          jobs
        ],
        {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', LANG: 'C', GLOSA_LOCALE: ''}}
      )
    const one = run('1')
    expect(one.status).toBe(1)
    const two = run('2')
    expect({status: two.status, stdout: two.stdout, stderr: two.stderr}).toEqual({
      status: 1,
      stdout: one.stdout,
      stderr: one.stderr
    })
  })

  it('says with --jobs 2 what --jobs 1 says of a glossary that cannot be loaded, once, with exit 2', () => {
    const folder = fourPages()
    writeFileSync(join(folder, 'terms.yaml'), 'entries:\n  - id: [unclosed\n')
    const one = glosa(['check', '--jobs', '1', '--report', 'json'], folder)
    expect(one.code).toBe(2)
    expect(one.stdout).toBe('')
    expect(one.stderr).toMatch(/^glosa: .*terms\.yaml.*\n$/)
    expect(glosa(['check', '--jobs', '2', '--report', 'json'], folder)).toEqual(one)
  })

  it('replays a warm cache, checks again what changed, and writes the cache atomically where asked', () => {
    const folder = fourPages()
    const plain = glosa(['check', '--report', 'json'], folder)
    const cold = glosa(['check', '--report', 'json', '--cache'], folder)
    expect(cold).toEqual(plain)
    const cache = readCache(join(folder, '.glosacache'))
    expect(cache.tool).toBe('glosa-check-cache')
    expect(Object.keys(cache.units)).toHaveLength(4)
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(plain)
    // A page changed: its findings are the new ones, not the cached ones.
    writeFileSync(join(folder, 'docs/pt/a.md'), readFileSync(join(folder, 'docs/pt/b.md')))
    const changed = glosa(['check', '--report', 'json', '--cache'], folder)
    expect(changed).toEqual(glosa(['check', '--report', 'json'], folder))
    expect(changed.stdout).not.toBe(plain.stdout)
    // A run over part of the site keeps the other pairs' entries while their files are there.
    glosa(['check', '--cache', '--shard', '1/2'], folder)
    const kept = readCache(join(folder, '.glosacache'))
    expect(Object.keys(kept.units)).toHaveLength(4)
    rmSync(join(folder, 'docs/pt/d.md'))
    glosa(['check', '--cache', '--shard', '1/2'], folder)
    const pruned = readCache(join(folder, '.glosacache'))
    expect(Object.keys(pruned.units).sort()).toEqual([
      'pair\u0000docs/en/a.md\u0000docs/pt/a.md',
      'pair\u0000docs/en/b.md\u0000docs/pt/b.md',
      'pair\u0000docs/en/c.md\u0000docs/pt/c.md'
    ])
    // --cache-location: a file, or a folder to hold .glosacache (exit 2: docs/en/d.md has lost its translation).
    expect(glosa(['check', '--cache-location', 'cache.json'], folder).code).toBe(2)
    expect(existsSync(join(folder, 'cache.json'))).toBe(true)
    expect(glosa(['check', '--cache-location', 'docs/'], folder).code).toBe(2)
    expect(existsSync(join(folder, 'docs/.glosacache'))).toBe(true)
  })

  it('appends the pairs checked anew to the cache, and writes it whole once most of its lines are overridden', () => {
    const folder = fourPages()
    const file = join(folder, '.glosacache')
    glosa(['check', '--report', 'json', '--cache'], folder)
    const cold = readFileSync(file, 'utf8')
    expect(readCache(file).lines).toBe(4)
    // Nothing changed: the file is left as it is.
    glosa(['check', '--report', 'json', '--cache'], folder)
    expect(readFileSync(file, 'utf8')).toBe(cold)
    // One page changed: its pair's line is appended after the others, and the last line of a pair is the one that counts.
    writeFileSync(join(folder, 'docs/pt/a.md'), readFileSync(join(folder, 'docs/pt/b.md')))
    const changed = glosa(['check', '--report', 'json', '--cache'], folder)
    expect(changed).toEqual(glosa(['check', '--report', 'json'], folder))
    const appended = readFileSync(file, 'utf8')
    expect(appended.startsWith(cold)).toBe(true)
    expect(readCache(file).lines).toBe(5)
    expect(readLine(appended.trimEnd().split('\n').at(-1)!)).toMatchObject({
      key: 'pair\u0000docs/en/a.md\u0000docs/pt/a.md'
    })
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(changed)
    // An append cut short (a run stopped while writing it) does not count, and the next write is whole.
    writeFileSync(file, '["pair\\u0000docs/en/c.md", "', {flag: 'a'})
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(changed)
    expect(readCache(file).lines).toBe(4)
    // Four more changes: 8 lines for 4 pairs is still kept; the fifth would make 9, and the file is written whole.
    for (const [index, page] of ['b', 'c', 'd', 'a', 'b'].entries()) {
      writeFileSync(join(folder, `docs/pt/${page}.md`), `\nUm parágrafo novo, ${index}.\n`, {flag: 'a'})
      expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(
        glosa(['check', '--report', 'json'], folder)
      )
      expect(readCache(file).lines).toBe(index < 4 ? 5 + index : 4)
    }
  })

  it('reads again a file changed with its size and time of change kept, though stat stands for settled files', async () => {
    const folder = fourPages()
    const file = join(folder, '.glosacache')
    const page = join(folder, 'docs/pt/a.md')
    const time = 1_700_000_000
    utimesSync(page, time, time)
    // A file changed in the last 2 seconds may change again within a step of the clock: wait until all are settled.
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const plain = glosa(['check', '--report', 'json'], folder)
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(plain)
    expect(Object.values(readCache(file).units).every((unit) => unit.stat !== null)).toBe(true)
    // The same size, another text, the time of change set back: the pair is still checked anew.
    const size = statSync(page).size
    writeFileSync(page, readFileSync(page, 'utf8').replace('H20', 'H2O'))
    utimesSync(page, time, time)
    expect(statSync(page)).toMatchObject({size, mtimeMs: time * 1000})
    const changed = glosa(['check', '--report', 'json', '--cache'], folder)
    expect(changed).toEqual(glosa(['check', '--report', 'json'], folder))
    expect(changed.stdout).not.toBe(plain.stdout)
  })

  it('ignores a corrupt cache, one of another version or other settings, checks a damaged result again, and says so', () => {
    const folder = fourPages()
    const plain = glosa(['check', '--report', 'json'], folder)
    const file = join(folder, '.glosacache')
    writeFileSync(file, '{"tool": "glosa-check-cache", "units": ')
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual({
      ...plain,
      stderr:
        'glosa: the cache .glosacache is not a glosa check cache, or is damaged: ignored, and written anew\n' +
        plain.stderr
    })
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(plain)
    const [header, ...units] = readFileSync(file, 'utf8').split('\n')
    writeFileSync(file, [JSON.stringify({...(JSON.parse(header!) as object), glosa: '0.0.1'}), ...units].join('\n'))
    expect(glosa(['check', '--report', 'json', '--cache', '--locale', 'pt-BR'], folder).stderr).toMatch(
      /^glosa: o cache \.glosacache foi feito pelo glosa 0\.0\.1: ignorado e gravado de novo\n/
    )
    // Written anew under pt-BR: an English run is under other settings.
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual({
      ...plain,
      stderr:
        'glosa: the cache .glosacache was made with other settings (glossaries, configuration, options or locale): ignored, and written anew\n' +
        plain.stderr
    })
    // One unit's result damaged (its line's head intact): that pair is checked again, the others replayed.
    glosa(['check', '--report', 'json', '--cache'], folder)
    const lines = readFileSync(file, 'utf8').split('\n')
    const damaged = lines.findIndex((line) => line.includes('docs/pt/b.md'))
    lines[damaged] = lines[damaged]!.slice(0, lines[damaged]!.indexOf('\t') + 1) + '{"files": [{"path": 3}]}'
    writeFileSync(file, lines.join('\n'))
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual({
      ...plain,
      stderr:
        'glosa: the cache .glosacache holds a damaged result for docs/pt/b.md: checked again, and the cache written anew\n' +
        plain.stderr
    })
    // Damaged again, and glosa fails on that page when it checks it again: no line is kept for it.
    const whole = readFileSync(file, 'utf8')
    writeFileSync(file, lines.join('\n'))
    expect(glosa(['check', '--report', 'json', '--cache'], folder, {GLOSA_CRASH_ON: 'docs/pt/b.md'}).stderr).toMatch(
      /holds a damaged result for docs\/pt\/b\.md/
    )
    expect(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('docs/pt/b.md'))
    ).toEqual([])
    writeFileSync(file, whole)
    // Written whole: its line is whole again, and the next run replays it quietly.
    expect(
      readLine(
        readFileSync(file, 'utf8')
          .split('\n')
          .find((line) => line.includes('docs/pt/b.md'))!
      ).result
    ).toMatchObject({files: [{path: 'docs/en/b.md'}, {path: 'docs/pt/b.md'}]})
    expect(glosa(['check', '--report', 'json', '--cache'], folder)).toEqual(plain)
    // The glossary is part of the settings.
    writeFileSync(join(folder, 'terms.yaml'), readFileSync(join(folder, 'terms.yaml'), 'utf8') + '\n# edited\n')
    expect(glosa(['check', '--report', 'json', '--cache'], folder).stderr).toMatch(/was made with other settings/)
  })

  it('reports a file glosa fails on as not checked, goes on with the others, and exits 2', () => {
    const folder = fourPages()
    const plain = JSON.parse(glosa(['check', '--report', 'json'], folder).stdout) as Array<{
      path: string
      messages: unknown[]
    }>
    // exit: the worker process ends; throw: it fails where nothing catches the error, and says why.
    // c.md: the worker that has it was handed d.md behind it, which another worker must check.
    for (const [jobs, crash, page, why] of [
      ['1', '', 'b', 'injected crash on docs/pt/b.md'],
      ['2', '', 'b', 'injected crash on docs/pt/b.md'],
      ['2', 'exit:', 'b', 'worker process exited with code 70'],
      ['2', 'exit:', 'c', 'worker process exited with code 70'],
      ['2', 'throw:', 'c', 'injected defect in a worker on docs/pt/c.md']
    ] as const) {
      const path = `docs/pt/${page}.md`
      const run = glosa(['check', '--report', 'json', '--jobs', jobs], folder, {GLOSA_CRASH_ON: crash + path})
      expect(run.code).toBe(2)
      const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
      const crashed = files.find((file) => file.path === path)!
      expect(crashed.messages).toHaveLength(1)
      expect(crashed.messages[0]!.ruleId).toBe('not-checked')
      expect(crashed.messages[0]!.reason).toMatch(/^not checked: glosa failed on this file \(.+\); please report it$/)
      expect(crashed.messages[0]!.reason).toContain(why)
      expect(run.stderr).toContain(`glosa failed while checking ${path}; the run goes on without it`)
      // The other pages are reported as in a plain run.
      const others = (list: Array<{path: string}>) => list.filter((file) => !file.path.endsWith(`${page}.md`))
      expect(others(files)).toEqual(others(plain))
    }
  })

  it('reports only the file a worker fails on as not checked when it fails inside a batch of pages', () => {
    // 40 pairs on 2 workers go out in batches of 5, then smaller: p12 is inside one.
    const names = Array.from({length: 40}, (_, n) => `p${String(n).padStart(2, '0')}`)
    const folder = site(Object.fromEntries(names.map((name, n) => [name, translations[n % translations.length]!])))
    const plain = JSON.parse(glosa(['check', '--report', 'json', '--jobs', '1'], folder).stdout) as JsonFile[]
    for (const [crash, why] of [
      ['exit:', 'worker process exited with code 70'],
      ['throw:', 'injected defect in a worker on docs/pt/p12.md']
    ] as const) {
      const run = glosa(['check', '--report', 'json', '--jobs', '2'], folder, {
        GLOSA_CRASH_ON: crash + 'docs/pt/p12.md'
      })
      expect(run.code).toBe(2)
      const files = JSON.parse(run.stdout) as JsonFile[]
      const crashed = files.filter((file) => file.messages.some((message) => message.ruleId === 'not-checked'))
      expect(crashed.map((file) => file.path)).toEqual(['docs/pt/p12.md'])
      expect(crashed[0]!.messages[0]!.reason).toContain(why)
      // The other pairs as in a plain run (a pair not checked is reported by its translation only).
      const others = (list: JsonFile[]) => list.filter((file) => !file.path.endsWith('/p12.md'))
      expect(others(files)).toEqual(others(plain))
    }
  })

  it('splits a site into shards that together check every pair once, and merges their reports into the plain report', () => {
    const folder = site({
      a: 'clean.pt-PT.md',
      b: 'errors.pt-PT.md',
      c: 'errors.pt-BR.md',
      d: 'clean.pt-BR.md',
      e: 'short.pt-PT.md',
      f: null
    })
    for (const report of ['json', 'sarif']) {
      const plain = glosa(['check', '--report', report], folder)
      expect(plain.code).toBe(2)
      const shards = [1, 2, 3].map((index) =>
        glosa(['check', '--report', report, '--shard', `${index}/3`, '-o', `shard-${index}.${report}`], folder)
      )
      expect(shards.map((shard) => shard.stdout)).toEqual(['', '', ''])
      const merged = glosa(['report', 'merge', ...[1, 2, 3].map((index) => `shard-${index}.${report}`)], folder)
      expect(merged).toEqual({code: 2, stdout: plain.stdout, stderr: ''})
    }
    const paths = [1, 2, 3].flatMap((index) =>
      (JSON.parse(readFileSync(join(folder, `shard-${index}.json`), 'utf8')) as Array<{path: string}>).map(
        (file) => file.path
      )
    )
    expect(paths.sort()).toEqual([
      'docs/en/a.md',
      'docs/en/b.md',
      'docs/en/c.md',
      'docs/en/d.md',
      'docs/en/e.md',
      'docs/en/f.md',
      'docs/pt/a.md',
      'docs/pt/b.md',
      'docs/pt/c.md',
      'docs/pt/d.md',
      'docs/pt/e.md'
    ])
  })

  it(
    'judges inconsistent-translation across shards in the merge: byte for byte the plain report',
    {timeout: 600_000},
    () => {
      const bandwidth = '\nThe memory bandwidth matters.\n'
      const [wide, rate] = ['\nA largura de banda importa.\n', '\nO débito de memória importa.\n']
      const folder = site(
        {a: 'clean.pt-PT.md', b: 'clean.pt-PT.md', c: 'clean.pt-PT.md', d: 'clean.pt-PT.md', e: 'clean.pt-PT.md'},
        {
          ...Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((page) => [`en/${page}`, bandwidth])),
          'pt/a': wide,
          'pt/c': wide,
          'pt/b': rate,
          'pt/d': rate,
          'pt/e': rate
        }
      )
      const merge = (report: string, flags: string[] = []) => {
        for (const index of [1, 2, 3])
          glosa(
            ['check', '--report', report, ...flags, '--shard', `${index}/3`, '-o', `shard-${index}.${report}`],
            folder
          )
        return glosa(['report', 'merge', ...[1, 2, 3].map((index) => `shard-${index}.${report}`)], folder)
      }
      for (const report of ['json', 'sarif']) {
        const plain = glosa(['check', '--report', report], folder)
        expect(plain.code).toBe(0)
        expect(merge(report)).toEqual({code: 0, stdout: plain.stdout, stderr: ''})
      }
      // The renderings compared are on pages of different shards, and no shard reports the rule itself.
      const shardOf = new Map<string, number>()
      const shardFindings: string[] = []
      for (const index of [1, 2, 3]) {
        const files = JSON.parse(readFileSync(join(folder, `shard-${index}.json`), 'utf8')) as JsonFile[]
        for (const file of files) {
          shardOf.set(file.path, index)
          shardFindings.push(...file.messages.map((message) => message.ruleId))
        }
      }
      expect(shardFindings).not.toContain('inconsistent-translation')
      const plain = JSON.parse(glosa(['check', '--report', 'json'], folder).stdout) as JsonFile[]
      const inconsistent = plain.flatMap((file) =>
        file.messages
          .filter((message) => message.ruleId === 'inconsistent-translation')
          .map((message) => ({path: file.path, reason: message.reason}))
      )
      expect(inconsistent.map((finding) => finding.path)).toEqual(['docs/pt/b.md', 'docs/pt/d.md', 'docs/pt/e.md'])
      expect(inconsistent[0]!.reason).toMatch(
        /^Unexpected `débito de memória`, expected `largura de banda`, the translation used \d+ times in this run \(first at docs\/pt\/a\.md:\d+\)$/
      )
      expect(new Set(['a', 'b', 'c', 'd', 'e'].map((page) => shardOf.get(`docs/pt/${page}.md`))).size).toBeGreaterThan(
        1
      )
      expect(shardOf.get('docs/pt/a.md')).not.toBe(shardOf.get('docs/pt/b.md'))
      // Comments judged as in a plain run: one that suppresses a finding made in the merge is used, one
      // that covers only the main rendering (which is no finding) suppressed nothing.
      const comment = '<!-- glosa-disable-next-line inconsistent-translation -->\n'
      for (const [page, text] of [
        ['d', rate],
        ['c', wide]
      ] as const) {
        const file = join(folder, `docs/pt/${page}.md`)
        writeFileSync(file, readFileSync(file, 'utf8').replace(text, '\n' + comment + text.slice(1)))
      }
      for (const report of ['json', 'sarif']) {
        const plain = glosa(['check', '--report', report, '--report-unused-disables'], folder)
        expect(plain.stdout).toContain('that suppressed nothing')
        expect(merge(report, ['--report-unused-disables'])).toEqual({code: 0, stdout: plain.stdout, stderr: ''})
      }
      const unused = (
        JSON.parse(glosa(['check', '--report', 'json', '--report-unused-disables'], folder).stdout) as JsonFile[]
      )
        .flatMap((file) => file.messages.map((message) => [file.path, message.ruleId, message.reason]))
        .filter(([, rule]) => rule === 'suppression' || rule === 'inconsistent-translation')
        .map(([path, rule]) => `${path} ${rule}`)
      expect(unused).toEqual([
        'docs/pt/b.md inconsistent-translation',
        'docs/pt/c.md suppression',
        'docs/pt/e.md inconsistent-translation'
      ])
      // A report that cannot carry the uses says that the rule is left to the merge.
      expect(glosa(['check', '--shard', '1/3'], folder).stderr).toContain(
        'with --shard, inconsistent-translation compares pages across every shard'
      )
    }
  )

  it('refuses to merge reports of two formats, or anything but a glosa report, with exit 2', () => {
    const folder = fourPages()
    glosa(['check', '--report', 'json', '-o', 'a.json'], folder)
    glosa(['check', '--report', 'sarif', '-o', 'a.sarif'], folder)
    expect(glosa(['report', 'merge', 'a.json', 'a.sarif'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glosa: a.sarif: is a sarif report, but a.json is a json report: merge reports of one format\n'
    })
    expect(glosa(['report', 'merge', 'glosa.config.json'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glosa: glosa.config.json: neither a glosa JSON report nor a SARIF log: only those can be merged\n'
    })
    expect(glosa(['report', 'merge', 'terms.yaml'], folder).stderr).toMatch(/^glosa: terms\.yaml: not JSON \(/)
    expect(glosa(['report', 'merge', 'missing.json'], folder).code).toBe(2)
    expect(glosa(['report', 'merge'], folder).code).toBe(2)
    expect(glosa(['report', 'combine', 'a.json'], folder).stderr).toBe(
      "glosa: unknown report command 'combine' (glosa report merge <report>...)\n"
    )
    expect(glosa(['report', 'merge', 'a.json', '-o', 'a.json'], folder).stderr).toMatch(/a\.json/)
  })
})
