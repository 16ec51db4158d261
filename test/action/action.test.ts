import {execFileSync, spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../check/helpers.js'
import {git, write} from '../helpers/repository.js'
import {startRegistry} from '../helpers/registry.js'

// The repository's GitHub Action (action.yml), run step by step the way the
// runner runs a composite action: `${{ }}` expressions evaluated, each `run`
// through `bash --noprofile --norc -eo pipefail`, GITHUB_OUTPUT a new file per
// step, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and GITHUB_BASE_REF set, `uses`
// steps recorded with their evaluated inputs (they are GitHub's to run).

const root = fileURLToPath(new URL('../../', import.meta.url))
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionMetadata
const article = join(root, 'test/fixtures/check/article')

interface Step {
  id?: string
  name?: string
  if?: string
  run?: string
  shell?: string
  uses?: string
  with?: Record<string, string>
  env?: Record<string, string>
  'working-directory'?: string
}

interface ActionMetadata {
  inputs: Record<string, {default?: string}>
  outputs: Record<string, {value: string}>
  runs: {using: string; steps: Step[]}
}

/** What a step did: skipped, or its exit code, output, and the outputs it set; a `uses` step its inputs. */
interface StepRun {
  step: Step
  skipped: boolean
  code?: number | null
  stdout?: string
  stderr?: string
  outputs: Record<string, string>
  with?: Record<string, string>
}

interface Contexts {
  inputs: Record<string, string>
  github: Record<string, string>
  steps: Record<string, {outputs: Record<string, string>}>
  failed: boolean
}

/**
 * Evaluate a GitHub expression of the forms action.yml uses: strings,
 * `inputs.x`, `github.x`, `steps.id.outputs.x`, `always()`, `==`, `!=`, `&&`,
 * `||` and parentheses. Anything else fails the test, so that the action
 * cannot drift into syntax this runner does not understand.
 */
function evaluate(expression: string, contexts: Contexts): string | boolean {
  const tokens = expression.match(/&&|\|\||==|!=|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w.-]*|\S/g) ?? []
  let index = 0
  const peek = () => tokens[index]
  const truthy = (value: string | boolean) => value !== '' && value !== false
  const primary = (): string | boolean => {
    const token = tokens[index++]
    if (token === '(') {
      const value = or()
      expect(tokens[index++]).toBe(')')
      return value
    }
    if (token?.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (token === 'always' || token === 'success' || token === 'failure') {
      expect(tokens.slice(index, index + 2)).toEqual(['(', ')'])
      index += 2
      return token === 'always' ? true : token === 'success' ? !contexts.failed : contexts.failed
    }
    const [context, ...path] = (token ?? '').split('.')
    if (context === 'inputs') return contexts.inputs[path[0]!] ?? ''
    if (context === 'github') return contexts.github[path[0]!] ?? ''
    if (context === 'steps' && path[1] === 'outputs') return contexts.steps[path[0]!]?.outputs[path[2]!] ?? ''
    throw new Error(`unsupported expression: ${expression}`)
  }
  const comparison = (): string | boolean => {
    const left = primary()
    const operator = peek()
    if (operator !== '==' && operator !== '!=') return left
    index++
    const right = primary()
    return operator === '==' ? String(left) === String(right) : String(left) !== String(right)
  }
  const and = (): string | boolean => {
    let value = comparison()
    while (peek() === '&&') {
      index++
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  const or = (): string | boolean => {
    let value = and()
    while (peek() === '||') {
      index++
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const value = or()
  expect(index, `trailing tokens in ${expression}`).toBe(tokens.length)
  return value
}

/** Put the value of each `${{ … }}` in `text`. */
function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => String(evaluate(expression, contexts)))
}

/** Read a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const block = /^([^=<]+)<<(.+)$/.exec(line)
    if (block) {
      const end = lines.indexOf(block[2]!, index + 1)
      outputs[block[1]!] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (line.includes('=')) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
  }
  return outputs
}

/** Run the action's steps with `inputs` in `workspace`, as the runner would on a pull request into `baseRef`. */
function runAction(
  workspace: string,
  inputs: Record<string, string>,
  options: {baseRef?: string; env?: Record<string, string>} = {}
) {
  const temp = mkdtempSync(join(tmpdir(), 'glosa-runner-'))
  const summary = join(temp, 'step_summary')
  writeFileSync(summary, '')
  const contexts: Contexts = {
    inputs: {
      ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])),
      ...inputs
    },
    github: {action_path: root, workspace},
    steps: {},
    failed: false
  }
  const runs: StepRun[] = []
  action.runs.steps.forEach((step, number) => {
    const condition = step.if === undefined ? !contexts.failed : evaluate(step.if, contexts)
    if (condition === '' || condition === false) {
      runs.push({step, skipped: true, outputs: {}})
      return
    }
    if (step.uses !== undefined) {
      const values = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([name, value]) => [name, interpolate(String(value), contexts)])
      )
      runs.push({step, skipped: false, outputs: {}, with: values})
      return
    }
    expect(step.shell).toBe('bash')
    const script = join(temp, `step-${number}.sh`)
    writeFileSync(script, step.run!)
    const output = join(temp, `output-${number}`)
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      TMPDIR: temp,
      LANG: 'C',
      NO_COLOR: '1',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_EVENT_NAME: options.baseRef ? 'pull_request' : 'push',
      GITHUB_BASE_REF: options.baseRef ?? '',
      RUNNER_TEMP: temp,
      ...options.env,
      ...Object.fromEntries(
        Object.entries(step.env ?? {}).map(([name, value]) => [name, interpolate(String(value), contexts)])
      )
    }
    const cwd = resolve(workspace, interpolate(step['working-directory'] ?? '.', contexts))
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {cwd, env, encoding: 'utf8'})
    const outputs = readOutputs(output)
    if (step.id) contexts.steps[step.id] = {outputs}
    if (result.status !== 0) contexts.failed = true
    runs.push({step, skipped: false, code: result.status, stdout: result.stdout, stderr: result.stderr, outputs})
  })
  const stepNamed = (name: string) => runs.find((run) => run.step.name === name)!
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, output]) => [name, interpolate(output.value, contexts)])
  )
  return {runs, stepNamed, summary: readFileSync(summary, 'utf8'), failed: contexts.failed, outputs, temp}
}

/**
 * A repository as a pull request's runner has it: `origin` (a bare repository)
 * with `main`, a site of four page pairs with the planted mistakes of the check
 * fixtures (5 errors and 2 warnings each), and the checkout on a branch that
 * changes one page. glosa is the repository's devDependency: node_modules/.bin/glosa
 * (`glosa`: another program in its place; `false`: none).
 */
function workspace(options: {shallow?: boolean; glosa?: string | false} = {}): string {
  const origin = mkdtempSync(join(tmpdir(), 'glosa-origin-'))
  const seed = mkdtempSync(join(tmpdir(), 'glosa-seed-'))
  git(seed, 'init', '-q', '-b', 'main')
  write(
    seed,
    'glosa.config.json',
    JSON.stringify({
      pairs: [{source: 'docs/en/*.md', target: 'docs/pt/*.md'}],
      glossaries: ['terms.yaml'],
      languages: {source: 'en', target: 'pt-PT'}
    })
  )
  copyFileSync(join(root, 'test/fixtures/check/glossary.yaml'), join(seed, 'terms.yaml'))
  for (const page of ['chips', 'export', 'models', 'rules']) {
    write(seed, `docs/en/${page}.md`, `# ${page}\n\n` + readFileSync(join(article, 'en.md'), 'utf8'))
    write(seed, `docs/pt/${page}.md`, `# ${page}\n\n` + readFileSync(join(article, 'errors.pt-PT.md'), 'utf8'))
  }
  git(seed, 'add', '-A')
  git(seed, 'commit', '-q', '-m', 'site')
  git(seed, 'checkout', '-q', '-b', 'pull')
  write(
    seed,
    'docs/pt/models.md',
    `# models\n\n` + readFileSync(join(article, 'clean.pt-PT.md'), 'utf8').replace('inferência', 'inferencia')
  )
  git(seed, 'commit', '-q', '-a', '-m', 'translate models')
  git(origin, 'init', '-q', '--bare', '-b', 'main')
  git(seed, 'push', '-q', origin, 'main', 'pull')
  const checkout = mkdtempSync(join(tmpdir(), 'glosa-workspace-'))
  git(
    checkout,
    'clone',
    '-q',
    ...(options.shallow ? ['--depth', '1', '--no-single-branch'] : []),
    `file://${origin}`,
    '.'
  )
  git(checkout, 'checkout', '-q', 'pull')
  // `glosa: false`: a repository without glosa of its own, for which the action installs it.
  if (options.glosa === false) return checkout
  mkdirSync(join(checkout, 'node_modules/.bin'), {recursive: true})
  if (options.glosa) {
    writeFileSync(join(checkout, 'node_modules/.bin/glosa'), options.glosa)
    chmodSync(join(checkout, 'node_modules/.bin/glosa'), 0o755)
  } else symlinkSync(join(root, 'bin/glosa.js'), join(checkout, 'node_modules/.bin/glosa'))
  return checkout
}

interface SarifLog {
  runs: Array<{
    results: Array<{
      ruleId: string
      level: string
      locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
    }>
  }>
}

const annotations = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'))

describe('action.yml', () => {
  it('is valid action metadata by the published schema (SchemaStore github-action.json)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/github-action/github-action.json'), 'utf8')) as object
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true)
    // And the schema is not a pushover: a composite step without a shell is refused.
    const broken = structuredClone(action)
    delete broken.runs.steps[0]!.shell
    expect(validate(broken)).toBe(false)
  })

  it('passes every input and context to its scripts through env, never into the script text', () => {
    for (const step of action.runs.steps) expect(step.run ?? '', step.name).not.toContain('${{')
  })
})

describe('the action, run as the runner runs it', {timeout: 120_000}, () => {
  it('writes SARIF for code scanning, a job summary, at most ten annotations per level, and fails on errors', () => {
    const run = runAction(workspace(), {})
    const check = run.stepNamed('Check translations')
    expect(check.code).toBe(0)
    expect(check.outputs['exit-code']).toBe('1')

    // SARIF: every finding, uploaded under the category `glosa`.
    const upload = run.stepNamed('Upload SARIF to code scanning')
    expect(upload.skipped).toBe(false)
    expect(upload.step.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/)
    expect(upload.with).toEqual({sarif_file: check.outputs['sarif-file'], category: 'glosa'})
    const sarif = JSON.parse(readFileSync(upload.with!.sarif_file!, 'utf8')) as SarifLog
    const results = sarif.runs[0]!.results
    const models = results.filter(
      (result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'docs/pt/models.md'
    )
    expect(results.filter((result) => result.level === 'error')).toHaveLength(16)
    expect(results.filter((result) => result.level === 'warning')).toHaveLength(6)
    expect(models.map((result) => result.ruleId)).toEqual(['missing-target-term'])

    // Annotations: ten errors, ten warnings at most; a notice first says the rest are in the summary and SARIF.
    const lines = annotations(check.stdout!)
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10)
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(6)
    expect(lines[0]).toBe(
      "::notice title=glosa::6 of glosa's 22 annotations are left out here: GitHub shows 10 per level and step; the job summary and the SARIF report (code scanning) have them all"
    )
    expect(lines[1]).toMatch(
      /^::error file=docs\/pt\/chips\.md,line=3,col=16,endLine=3,endColumn=19,title=glosa\(do-not-translate\)::Unexpected `H2O`/
    )

    // The job summary: counts per rule, then the first findings of each file.
    expect(run.summary).toContain('### glosa: 16 errors, 6 warnings (8 files checked)\n')
    expect(run.summary).toContain('| rule | error | warning | info |\n| --- | ---: | ---: | ---: |\n')
    expect(run.summary).toContain('| missing-target-term | 4 | 0 | 0 |\n')
    expect(run.summary).toContain('| locale-variant | 0 | 3 | 0 |\n')
    expect(run.summary).toContain('#### The first 5 findings of each file\n')
    expect(run.summary).toContain(
      '| docs/pt/chips.md | 3:16 | error | do-not-translate | Unexpected \\`H2O\\`, expected \\`H20\\`: this name is kept as it is |\n'
    )
    expect(run.summary).toContain('| docs/pt/chips.md | | | | … and 2 more in this file (in the SARIF report) |\n')

    // The last step fails the job with glosa's exit code; the action's outputs say it too.
    const fail = run.stepNamed('Fail on findings')
    expect(fail.code).toBe(1)
    expect(run.failed).toBe(true)
    expect(run.outputs).toEqual({'exit-code': '1', 'sarif-file': check.outputs['sarif-file']})
  })

  it('on a pull request with only-changed, checks the pages the pull request changed, from a shallow clone', () => {
    const run = runAction(
      workspace({shallow: true}),
      {'only-changed': 'true', 'report-level': 'error'},
      {baseRef: 'main'}
    )
    const check = run.stepNamed('Check translations')
    expect(check.stderr).toContain('glosa: 1 of 4 pairs and files to check (changed since origin/main)')
    const sarif = JSON.parse(readFileSync(check.outputs['sarif-file']!, 'utf8')) as SarifLog
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['missing-target-term'])
    expect(annotations(check.stdout!)).toEqual([
      expect.stringMatching(/^::error file=docs\/pt\/models\.md,line=5,.*title=glosa\(missing-target-term\)::/)
    ])
    expect(run.summary).toContain('### glosa: 1 error (2 files checked)\n')
    expect(run.stepNamed('Fail on findings').code).toBe(1)
  })

  it('passes, and fails nothing, when fail-on warning finds neither warnings nor errors', () => {
    const clean = workspace()
    write(clean, 'docs/pt/models.md', '# models\n\n' + readFileSync(join(article, 'clean.pt-PT.md'), 'utf8'))
    git(clean, 'commit', '-q', '-a', '-m', 'fix')
    const run = runAction(clean, {'only-changed': 'true', 'fail-on': 'warning'}, {baseRef: 'main'})
    expect(run.stepNamed('Check translations').outputs['exit-code']).toBe('0')
    expect(run.summary).toContain('### glosa: no problems (2 files checked)\n')
    expect(run.stepNamed('Fail on findings').skipped).toBe(true)
    expect(run.failed).toBe(false)
  })

  it('passes --shard through to glosa and uploads each shard under its own category', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'glosa-args-')), 'args')
    // A glosa that records how it was called, then runs the real one.
    const recorder = `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > '${log}'\nexec node '${join(root, 'bin/glosa.js')}' "$@"\n`
    const shards = ['1/2', '2/2'].map((shard) => {
      const run = runAction(workspace({glosa: recorder}), {
        shard,
        glossary: 'terms.yaml\nbundled\n',
        config: 'glosa.config.json'
      })
      const args = readFileSync(log, 'utf8').trimEnd().split('\n')
      expect(args.slice(args.indexOf('--shard'), args.indexOf('--shard') + 2)).toEqual(['--shard', shard])
      expect(args.filter((arg, index) => args[index - 1] === '--glossary')).toEqual(['terms.yaml', 'bundled'])
      expect(args.slice(args.indexOf('--config'), args.indexOf('--config') + 2)).toEqual([
        '--config',
        'glosa.config.json'
      ])
      const category = `glosa-shard-${shard.replace('/', '-of-')}`
      expect(run.stepNamed('Upload SARIF to code scanning').with!.category).toBe(category)
      const sarif = run.stepNamed('Check translations').outputs['sarif-file']!
      expect(sarif.endsWith(`${category}.sarif`)).toBe(true)
      return (JSON.parse(readFileSync(sarif, 'utf8')) as SarifLog).runs[0]!.results.map(
        (result) => result.locations[0]!.physicalLocation.artifactLocation.uri
      )
    })
    // The two shards split the pages between them: together, the four translations, each once.
    expect(new Set(shards[0]).size + new Set(shards[1]).size).toBe(4)
    expect(new Set([...shards[0]!, ...shards[1]!])).toEqual(
      new Set(['docs/pt/chips.md', 'docs/pt/export.md', 'docs/pt/models.md', 'docs/pt/rules.md'])
    )
  })

  it(
    'installs glosa@<version> with npm when the repository has none, as from the registry, and runs it',
    {timeout: 900_000},
    async () => {
      // glosa as it is published (npm pack), its dependencies as installed here, from a registry on this machine.
      const packed = mkdtempSync(join(tmpdir(), 'glosa-pack-'))
      spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], {cwd: root, encoding: 'utf8'})
      const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
      const registry = await startRegistry(join(packed, `glosa-${version}.tgz`), join(root, 'node_modules'))
      let run: ReturnType<typeof runAction>
      try {
        run = runAction(
          workspace({glosa: false}),
          {},
          {
            env: {
              npm_config_registry: registry.url,
              npm_config_cache: join(packed, 'npm-cache'),
              npm_config_fetch_retries: '0',
              npm_config_update_notifier: 'false'
            }
          }
        )
      } finally {
        expect(await registry.stop()).toBeGreaterThan(20)
      }
      const install = run.stepNamed('Install glosa')
      expect(install.code, install.stderr).toBe(0)
      // No version input: the action's own (package.json's), installed in the runner's temporary folder.
      const installed = join(run.temp, `glosa-${version}/node_modules/.bin/glosa`)
      expect(install.outputs).toEqual({glosa: installed})
      expect(install.stdout).toBe(`glosa ${execFileSync(installed, ['--version'], {encoding: 'utf8'}).trim()}\n`)
      expect(readFileSync(join(run.temp, `glosa-${version}/node_modules/glosa/package.json`), 'utf8')).toContain(
        `"version": "${version}"`
      )
      // The glosa installed checks the site as the repository's own does.
      const check = run.stepNamed('Check translations')
      expect(check.outputs['exit-code']).toBe('1')
      expect(run.summary).toContain('### glosa: 16 errors, 6 warnings (8 files checked)\n')
    }
  )

  it('refuses a fail-on it does not know, and fails the job', () => {
    const run = runAction(workspace(), {'fail-on': 'info'})
    const check = run.stepNamed('Check translations')
    expect(check.code).toBe(2)
    expect(check.stdout).toContain("::error title=glosa::fail-on is error or warning, not 'info'")
    expect(run.stepNamed('Upload SARIF to code scanning').skipped).toBe(true)
    expect(run.stepNamed('Fail on findings').code).toBe(2)
  })
})

describe('glosa check in a step: --step-summary, --annotations, --summary-level', {timeout: 60_000}, () => {
  const pair = [
    join(article, 'en.md'),
    join(article, 'errors.pt-PT.md'),
    '--glossary',
    join(root, 'test/fixtures/check/glossary.yaml'),
    '--target-lang',
    'pt-PT'
  ]

  it('refuses annotations mixed into a report on standard output, and a level it does not know', () => {
    for (const report of ['json', 'sarif', 'github']) {
      const result = runCheck([...pair, '--annotations', '--report', report], root)
      expect(result.stderr).toBe(
        `glosa: --annotations prints GitHub annotations on standard output, where the ${report} report goes too: write the report to a file with -o\n`
      )
      expect(result.code).toBe(2)
    }
    const level = runCheck([...pair, '--summary-level', 'notice'], root)
    expect(level.stderr).toContain('--summary-level')
    expect(level.code).toBe(2)
  })

  it('appends to the summary file, never replacing what earlier steps wrote, and annotates beside the human report', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'glosa-summary-')), 'summary.md')
    writeFileSync(summary, '## An earlier step\n\n')
    const result = runCheck([...pair, '--step-summary', summary, '--annotations', '--summary-level', 'warning'], root)
    expect(readFileSync(summary, 'utf8')).toMatch(
      /^## An earlier step\n\n### glosa: 5 errors, 2 warnings \(2 files checked\)\n/
    )
    expect(annotations(result.stdout)).toHaveLength(7)
    expect(result.stdout).toContain('✖ 5 errors, 2 warnings (2 files checked)')
    expect(result.code).toBe(1)
  })
})
