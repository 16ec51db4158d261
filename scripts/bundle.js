// Bundle the command line into dist/bin/ (after `tsc`): a command's module graph, some 450 files
// that Node loads one by one (most of what starting a command costs), becomes a few chunks, each
// command's loaded when it runs (see docs/dependencies.md). dist/bin/ is two folders below the
// package's root like every folder of dist/, so that the files found beside the code
// (`../../locales`, `../../glossary`, `../../package.json`) are found from the chunks too; `--jobs`
// workers start from dist/bin/worker.js beside them. The library (`dist/index.js`) is not bundled.
// Says nothing unless it fails.
import {rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'rolldown'

const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url))

rmSync(dist('bin'), {recursive: true, force: true})
await build({
  input: {glosa: dist('cli/main.js'), worker: dist('check/worker.js')},
  platform: 'node',
  logLevel: 'warn',
  output: {
    dir: dist('bin'),
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true
  }
})
