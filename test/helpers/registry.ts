// A package registry on this machine, for the test of the action's `npm install glosa@<version>`:
// glosa as `npm pack` makes it, and its dependencies packed from the installed node_modules, so
// that npm installs as it does from registry.npmjs.org, without the network.
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'

/** A version of a package the registry serves: its manifest, and the folder or tarball it is packed from. */
interface Served {
  manifest: Record<string, unknown> & {name: string; version: string}
  folder?: string
  tarball?: string
}

/** Every package folder under `nodeModules`, nested ones too (`a/node_modules/b`, `@scope/c`). */
function packageFolders(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return []
  const folders: string[] = []
  for (const name of readdirSync(nodeModules)) {
    if (name.startsWith('.')) continue
    const names = name.startsWith('@')
      ? readdirSync(join(nodeModules, name)).map((inner) => `${name}/${inner}`)
      : [name]
    for (const each of names) {
      const folder = join(nodeModules, each)
      if (!existsSync(join(folder, 'package.json'))) continue
      folders.push(folder, ...packageFolders(join(folder, 'node_modules')))
    }
  }
  return folders
}

/** A running registry: its URL, and how to stop it. */
export interface Registry {
  url: string
  stop(): Promise<number>
}

/**
 * Serve `tarball` (a package made by `npm pack`) and every package installed
 * in `nodeModules` (each version found), from a worker thread, so that it
 * answers while the test's thread waits on a child process. Tarballs of the
 * installed packages are made as npm asks for them (`tar`, `package/` inside).
 */
export async function startRegistry(tarball: string, nodeModules: string): Promise<Registry> {
  const served = new Map<string, Map<string, Served>>()
  const add = (entry: Served) => {
    const versions = served.get(entry.manifest.name) ?? new Map<string, Served>()
    if (!versions.has(entry.manifest.version)) versions.set(entry.manifest.version, entry)
    served.set(entry.manifest.name, versions)
  }
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {encoding: 'utf8'})
  ) as Served['manifest']
  add({manifest, tarball})
  for (const folder of packageFolders(nodeModules)) {
    add({manifest: JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Served['manifest'], folder})
  }
  const packages = [...served].map(([name, versions]) => [name, [...versions.values()]] as const)
  const worker = new Worker(new URL('./registry-worker.js', import.meta.url), {workerData: {packages}})
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      worker.postMessage('stop')
      return new Promise((resolve) => worker.once('message', resolve))
    }
  }
}
