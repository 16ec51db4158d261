import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/read/index.js'

describe('detectFormat', () => {
  it('trusts the extension first', () => {
    expect(detectFormat('post.md', 'plain words')).toBe('md')
    expect(detectFormat('POST.Markdown', 'plain words')).toBe('md')
    expect(detectFormat('page.mdx', 'plain words')).toBe('md')
    expect(detectFormat('notes.txt', '# A heading\n\n```\ncode\n```')).toBe('text')
  })

  it('reads content when the extension says nothing (standard input, other names)', () => {
    expect(detectFormat('-', '# Título\n\nTexto.')).toBe('md')
    expect(detectFormat(undefined, 'Texto com [uma ligação](https://example.com).')).toBe('md')
    expect(detectFormat('post', '```\ncode\n```')).toBe('md')
    expect(detectFormat('post.html', '| a | b |\n|---|---|\n| c | d |')).toBe('md')
    expect(detectFormat(undefined, '---\ntitle: x\n---\nTexto.')).toBe('md')
    expect(detectFormat(undefined, 'Um texto\n\n- um item\n- outro item\n\n> uma citação')).toBe('md')
  })

  it('takes a forum post for text, even with a dash or two', () => {
    expect(detectFormat(undefined, 'MarcoAntonio Escreveu:Nota: o H20 é um chip.\n(...)\nFT')).toBe('text')
    expect(detectFormat('-', 'Uma lista:\n- só um item\nE mais texto.')).toBe('text')
    expect(detectFormat(undefined, '')).toBe('text')
  })
})
