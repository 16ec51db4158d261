// Precision of labelled findings, by rule, as the evaluations print it.

/**
 * Count `findings` (each with `key` and `rule`) against `labels` (key →
 * `{label: boolean}`): the Markdown table of precision per rule and overall,
 * and how many findings have no label.
 */
export function precisionTable(findings, labels) {
  const byRule = new Map()
  let unlabelled = 0
  for (const finding of findings) {
    const label = labels[finding.key]
    if (!label) {
      unlabelled++
      continue
    }
    const counts = byRule.get(finding.rule) ?? {true: 0, false: 0}
    counts[label.label ? 'true' : 'false']++
    byRule.set(finding.rule, counts)
  }
  const rows = [...byRule].sort(([a], [b]) => a.localeCompare(b))
  const total = rows.reduce((sum, [, counts]) => ({true: sum.true + counts.true, false: sum.false + counts.false}), {
    true: 0,
    false: 0
  })
  const percent = (counts) =>
    counts.true + counts.false === 0 ? '-' : ((100 * counts.true) / (counts.true + counts.false)).toFixed(1) + ' %'
  const table = [
    '| rule | findings | true | false | precision |\n| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([rule, counts]) =>
        `| ${rule} | ${counts.true + counts.false} | ${counts.true} | ${counts.false} | ${percent(counts)} |`
    ),
    `| all | ${total.true + total.false} | ${total.true} | ${total.false} | ${percent(total)} |`
  ]
  return {table: table.join('\n'), unlabelled}
}
