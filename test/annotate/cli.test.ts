import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const seedFile = 'corpus/h20-ft/post.txt'
const seed = readFileSync(seedFile, 'utf8')

function glosa(args: string[], input?: string): {stdout: string; stderr: string; status: number | null} {
  const result = spawnSync(process.execPath, ['bin/glosa.js', ...args], {
    encoding: 'utf8',
    input,
    env: {...process.env, GLOSA_LOCALE: 'en', NO_COLOR: '1'}
  })
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

function scratch(name: string, text: string | Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-annotate-'))
  const file = join(folder, name)
  writeFileSync(file, text)
  return file
}

describe('glosa annotate (npm start)', () => {
  const run = glosa(['annotate', seedFile])

  it('prints the annotated seed: a byline, the article quoted, terms footnoted once, commentary linked both ways', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(
      run.stdout.startsWith(
        '**MarcoAntonio Escreveu:**<!-- glosa:byline -->\n<!-- glosa:split -->\n<a id="glosa-c-b2-s1"></a>Nota: o H20[^glosa-h20] é um chip'
      )
    ).toBe(true)
    expect(run.stdout).toContain(
      '> *(...)*<!-- glosa:elision -->\n> <!-- glosa:break -->\n> — *FT*<!-- glosa:credit -->\n<!-- glosa:quote-end -->\n'
    )
    expect(run.stdout).toMatch(
      /deverá substituir os chips americanos \(nvidia\[\^glosa-nvidia\] e amd\[\^glosa-amd\]\) por domésticos\. → \[\[16\]\]\(#glosa-s-b21-s1 "/
    )
    expect(run.stdout).toMatch(
      /> <a id="glosa-s-b21-s1"><\/a>\[\[16\]\]\(#glosa-c-b2-s2 "[^"]+"\) Some Beijing policymakers are pushing to ban foreign chips altogether for inference/
    )
    expect(run.stdout).not.toContain('## Glossário')
    expect(run.stdout).toContain('«AI» é desaconselhado em português: use «IA».')
    // Maintainers' notes never reach the reader.
    expect(run.stdout).not.toMatch(/Sensível a maiúsculas|corresponde em minúsculas|nunca sejam marcados/)
  })

  it('is given back byte for byte by glosa strip (the seed has no final newline)', () => {
    const stripped = glosa(['strip', '-'], run.stdout)
    expect(stripped.status).toBe(0)
    expect(stripped.stdout).toBe(seed)
    expect(stripped.stdout.endsWith('FT')).toBe(true)
  })

  it('reads standard input from a pipe that another process writes into (annotate | strip -)', () => {
    const quoted = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`
    const glosaCommand = `${quoted(process.execPath)} bin/glosa.js`
    const pipeline = spawnSync('sh', ['-c', `${glosaCommand} annotate ${seedFile} | ${glosaCommand} strip -`], {
      encoding: 'utf8',
      env: {...process.env, GLOSA_LOCALE: 'en', NO_COLOR: '1'}
    })
    expect(pipeline.stderr).toBe('')
    expect(pipeline.status).toBe(0)
    expect(pipeline.stdout).toBe(seed)
  })

  it('gives the same text when annotating its own output', () => {
    const file = scratch('post.md', run.stdout)
    expect(glosa(['annotate', file]).stdout).toBe(run.stdout)
  })

  it('writes the reader’s language given with --lang', () => {
    const english = glosa(['annotate', seedFile, '--lang', 'en'])
    expect(glosa(['annotate', seedFile, '--lang', 'en', '--definitions', 'glossary']).stdout).toContain(
      '\n## Glossary\n'
    )
    expect(english.stdout).toContain('[^glosa-inference]: **inference** (English) · *inferência* (Portuguese): ')
  })
})

describe('--in-place and -o', () => {
  it('replaces the file atomically, and strip --in-place restores it', () => {
    const file = scratch('post.txt', seed)
    expect(glosa(['annotate', file, '--in-place']).status).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('[^glosa-h20]')
    expect(glosa(['strip', file, '--in-place']).status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(seed)
    expect(readdirSync(join(file, '..'))).toEqual(['post.txt'])
  })

  it('leaves the original untouched on any error', () => {
    const file = scratch('post.txt', seed)
    const bad = glosa(['annotate', file, '--in-place', '--glossary', join(file, '..', 'missing.tbx')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^glosa: .*missing\.tbx/)
    expect(readFileSync(file, 'utf8')).toBe(seed)
    expect(readdirSync(join(file, '..'))).toEqual(['post.txt'])
  })

  it('writes to -o, and refuses -o with --in-place', () => {
    const file = scratch('post.txt', seed)
    const out = join(file, '..', 'post.md')
    expect(glosa(['annotate', file, '-o', out]).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('[^glosa-h20]: **H20**')
    const both = glosa(['annotate', file, '-o', out, '--in-place'])
    expect(both).toMatchObject({status: 2, stdout: ''})
    expect(both.stderr).toBe('glosa: use either -o/--output or --in-place, not both\n')
  })

  it('keeps a byte-order mark', () => {
    const file = scratch(
      'bom.md',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The inference chip.\n')])
    )
    const annotated = glosa(['annotate', file])
    expect(annotated.stdout).toMatch(/^\uFEFFThe inference\[\^glosa-inference\] chip/)
    expect(glosa(['strip', '-'], annotated.stdout).stdout).toBe('\uFEFFThe inference chip.\n')
  })
})

describe('a source and its translation', () => {
  const folder = 'test/fixtures/annotate/parallel-interleaved'

  it('interleaves each source paragraph with its translation as a block quote', () => {
    const run = glosa(['annotate', `${folder}/input.md`, `${folder}/translation.md`, '--layout', 'interleaved'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '<!-- glosa:translation -->\n> O H20 é um chip para inferência. O seu desempenho em treino é limitado.\n<!-- glosa:translation-end -->'
    )
  })

  it('refuses side-by-side without a translation or a mixed document', () => {
    const run = glosa(['annotate', `${folder}/input.md`, '--layout', 'side-by-side'])
    expect(run).toMatchObject({status: 2, stdout: ''})
    expect(run.stderr).toBe(
      `glosa: ${folder}/input.md: the side-by-side layout needs a translation or a document with both Portuguese and English\n`
    )
  })
})

describe('usage errors', () => {
  it('names the allowed styles, in English and Portuguese', () => {
    const english = glosa(['annotate', seedFile, '--style', 'bold'])
    expect(english).toMatchObject({status: 2, stdout: ''})
    expect(english.stderr).toContain("'--style'")
    expect(english.stderr).toContain('footnote, link, abbr, directive')
    const portuguese = glosa(['annotate', seedFile, '--layout', 'grid', '--locale', 'pt-PT'])
    expect(portuguese.status).toBe(2)
    expect(portuguese.stderr).toContain('inline, interleaved, side-by-side')
  })

  it('explains a missing file and exits 2', () => {
    const missing = glosa(['annotate', 'no/such/file.md'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('glosa: no/such/file.md: no such file\n')
  })

  it('prints its help in the user’s language', () => {
    expect(glosa(['annotate', '--help']).stdout).toContain(
      '--style <style>      how terms are marked: footnote, link, abbr or directive (default: footnote)'
    )
    expect(glosa(['annotate', '--help', '--locale', 'pt-PT']).stdout).toContain(
      'Utilização: glosa annotate <ficheiro|-> [<tradução>] [opções]'
    )
    expect(glosa(['strip', '--help', '--locale', 'pt-BR']).stdout).toContain(
      'Uso: glosa strip <arquivo|-> [-o <arquivo> | --in-place]'
    )
  })
})
