// Evaluation on a real docs site (issue 11): nodejs.org's English pages and their
// pt-BR translations (MDX 3, .md and .mdx), read from the mirror the project's
// search tool fetches (/work/.mirror/nodejs+nodejs.org); skipped when absent.
// For each page pair: whether it was read as MDX, whether the original and every
// annotated output (4 styles x 3 layouts) compile with @mdx-js/mdx 2 and 3, whether
// strip gives the page back and annotating again changes nothing, and what
// glosa check finds. `node bench/mdx-sites.js [mdx]` (mdx: force --format mdx).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {readForAnnotation, annotate, strip} from '../dist/annotate/index.js'
import {readDocument} from '../dist/document/index.js'
import {checkFiles} from '../dist/check/index.js'
import {loadGlossaries} from '../dist/glossary/index.js'
import {compileGlossary} from '../dist/tag/index.js'
import {compile as c2} from 'mdx2'
import {compile as c3} from 'mdx3'
import gfm from 'remark-gfm'
import gfm3 from 'remark-gfm3'
const mirror = process.env.GLOSA_MIRROR ?? '/work/.mirror/nodejs+nodejs.org/repo'
if (!existsSync(mirror)) {
  console.log(`skipped: no mirror of nodejs/nodejs.org at ${mirror}`)
  process.exit(0)
}
const git = (...args) => execFileSync('git', ['--git-dir', mirror, ...args], {encoding: 'utf8', maxBuffer: 1 << 26})
const root = mkdtempSync(join(tmpdir(), 'glosa-nodejs-'))
console.log('nodejs/nodejs.org at', git('rev-parse', 'HEAD').trim())
for (const page of git('ls-tree', '-r', '--name-only', 'HEAD', 'apps/site/pages/pt-br').split('\n').filter(Boolean)) {
  const english = page.replace('/pt-br/', '/en/')
  let text
  try {
    text = git('show', `HEAD:${english}`)
  } catch {
    continue
  }
  const target = join(root, page.slice('apps/site/pages/pt-br/'.length))
  mkdirSync(dirname(target), {recursive: true})
  const name = target.split('/').at(-1)
  writeFileSync(join(dirname(target), 'en.' + name), text)
  writeFileSync(join(dirname(target), 'pt-br.' + name), git('show', `HEAD:${page}`))
}
const matcher = compileGlossary(loadGlossaries([]))
const files = []
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n)
    if (statSync(p).isDirectory()) walk(p)
    else files.push(p)
  }
}
walk(root)
const summary = {
  pages: 0,
  mdx: 0,
  outputs: 0,
  compiled2: 0,
  compiled3: 0,
  originals2: 0,
  originals3: 0,
  stripped: 0,
  idempotent: 0,
  findings: {}
}
const failures = []
for (const en of files.filter((f) => /\/en\./.test(f)).sort()) {
  const pt = en.replace('/en.', '/pt-br.')
  const src = readFileSync(en, 'utf8')
  const forced = process.argv[2] === 'mdx'
  const doc = readForAnnotation(src, {file: en, ...(forced ? {format: 'mdx'} : {})})
  const tr = readDocument(readFileSync(pt, 'utf8'), {file: pt})
  summary.pages++
  if (doc.mdx) summary.mdx++
  const ok = async (text) => {
    const r = []
    for (const [c, g] of [
      [c2, gfm3],
      [c3, gfm]
    ]) {
      try {
        await c(text, {remarkPlugins: [g]})
        r.push(true)
      } catch (e) {
        r.push(e.message.slice(0, 160))
      }
    }
    return r
  }
  const [o2, o3] = await ok(src)
  if (o2 === true) summary.originals2++
  if (o3 === true) summary.originals3++
  for (const style of ['footnote', 'link', 'abbr', 'directive'])
    for (const layout of ['inline', 'interleaved', 'side-by-side']) {
      let out
      try {
        out = annotate(doc, {glossary: matcher, style, layout, translation: tr})
      } catch (e) {
        failures.push([en, style, layout, 'annotate', e.message])
        continue
      }
      summary.outputs++
      if (strip(out) === src) summary.stripped++
      if (
        annotate(readForAnnotation(out, {file: en, ...(forced ? {format: 'mdx'} : {})}), {
          glossary: matcher,
          style,
          layout,
          translation: tr
        }) === out
      )
        summary.idempotent++
      const [r2, r3] = await ok(out)
      if (r2 === true) summary.compiled2++
      else if (o2 === true) failures.push([en, style, layout, 'mdx2', r2])
      if (r3 === true) summary.compiled3++
      else if (o3 === true) failures.push([en, style, layout, 'mdx3', r3])
    }
  const result = checkFiles({pairs: [{source: en, target: pt}], singles: [], unchecked: []}, {matcher, rules: {}})
  for (const file of result.files)
    for (const m of file.messages) {
      summary.findings[m.ruleId] = (summary.findings[m.ruleId] ?? 0) + 1
      console.log('finding', pt.slice(root.length), `${m.line}:${m.column}`, m.ruleId, m.reason.slice(0, 100))
    }
}
console.log(JSON.stringify(summary, null, 1))
for (const f of failures.slice(0, 30)) console.log(f.join(' | ').slice(0, 300))
