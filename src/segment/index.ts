// PROVISIONAL (to be replaced by the segmentation work): Intl.Segmenter only.
/** Sentence ranges `[start, end)` in `text`, trimmed of white space, in order, never overlapping. */
export function splitSentences(text: string, _options: {lang?: 'pt' | 'en'} = {}): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const {index, segment} of new Intl.Segmenter('en', {granularity: 'sentence'}).segment(text)) {
    const start = index + (segment.length - segment.trimStart().length)
    const end = index + segment.trimEnd().length
    if (end > start) ranges.push([start, end])
  }
  return ranges
}
