// Hostile input files: what glosa reads must never crash, hang or change it.
import {describe, it} from 'vitest'
import {hostile} from './helpers.js'

describe('hostile input files', () => {
  it('refuses invalid UTF-8 naming the byte and its line and column', () => {
    hostile({
      files: {'bad.md': Buffer.from([0x6f, 0x6c, 0xe1, 0x0a, 0x62, 0xff, 0x0a])},
      args: ['segment', 'bad.md'],
      code: 2,
      message: /^glosa: bad\.md:1:3: .*UTF-8/m,
      portuguese: /^glosa: bad\.md:1:3: .*UTF-8/m
    })
  })
})
