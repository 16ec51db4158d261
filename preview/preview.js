// glosa's HTML preview: highlights what commentary links point to, and lays the post out side by side.
// The page reads fine without it; it only adds behaviour.
;(() => {
  'use strict'
  const blockOf = (element) => (element && element.closest('p, li, td, h1, h2, h3, h4, blockquote > *')) || element
  let current = []
  const highlight = (ids) => {
    for (const element of current) element.classList.remove('glosa-current')
    current = ids.map((id) => blockOf(document.getElementById(id))).filter(Boolean)
    for (const element of current) element.classList.add('glosa-current')
  }
  const targetOf = (link) => decodeURIComponent(link.getAttribute('href').slice(1))
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.glosa-ref, a.glosa-label')
    if (!link) return
    const id = targetOf(link)
    const target = document.getElementById(id)
    if (!target) return
    event.preventDefault()
    highlight([id])
    target.scrollIntoView({block: 'center'})
    history.replaceState(null, '', '#' + id)
    const focusable = blockOf(target)
    focusable.setAttribute('tabindex', '-1')
    focusable.focus({preventScroll: true})
  })
  const preview = (event) => {
    const link = event.target.closest && event.target.closest('a.glosa-ref')
    if (link) highlight([targetOf(link)])
  }
  document.addEventListener('mouseover', preview)
  document.addEventListener('focusin', preview)

  const toggle = document.getElementById('glosa-side')
  const main = document.querySelector('main.glosa-post')
  if (!toggle || !main) return
  let original = null
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true'
    toggle.setAttribute('aria-pressed', String(on))
    document.body.classList.toggle('glosa-side', on)
    const content = main.querySelector('.glosa-content')
    if (on) {
      original = [...content.children]
      const columns = document.createElement('div')
      columns.className = 'glosa-columns'
      const left = document.createElement('div')
      const right = document.createElement('div')
      for (const child of original) (child.matches('blockquote') ? right : left).append(child)
      columns.append(left, right)
      content.append(columns)
    } else if (original) {
      content.replaceChildren(...original)
      original = null
    }
  })
})()
