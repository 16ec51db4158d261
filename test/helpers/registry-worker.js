// The thread of the test registry (see registry.ts): packuments at /<name>, tarballs at
// /-/<name>/<version>.tgz; it counts the requests it answered and says how many when stopped.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import {parentPort, workerData} from 'node:worker_threads'

const packages = new Map(workerData.packages)
const tarballs = new Map()
let requests = 0

/** The bytes of a version's tarball: the packed file, or its installed folder packed with `package/` at the top. */
function tarballOf(entry) {
  const key = `${entry.manifest.name}@${entry.manifest.version}`
  let bytes = tarballs.get(key)
  if (!bytes) {
    bytes = entry.tarball
      ? readFileSync(entry.tarball)
      : execFileSync(
          'tar',
          ['-czf', '-', '--exclude=./node_modules', '--transform=s,^\\.,package,', '-C', entry.folder, '.'],
          {maxBuffer: 1 << 30}
        )
    tarballs.set(key, bytes)
  }
  return bytes
}

const server = createServer((request, response) => {
  try {
    answer(request, response)
  } catch (error) {
    response.writeHead(500).end(String(error))
  }
})

function answer(request, response) {
  requests++
  const path = decodeURIComponent(new URL(request.url, 'http://registry').pathname)
  const tarball = /^\/-\/(.+)\/([^/]+)\.tgz$/.exec(path)
  const base = `http://127.0.0.1:${server.address().port}`
  if (tarball) {
    const entry = packages.get(tarball[1])?.find((each) => each.manifest.version === tarball[2])
    if (!entry) return response.writeHead(404).end()
    response.writeHead(200, {'content-type': 'application/octet-stream'})
    return response.end(tarballOf(entry))
  }
  const name = path.slice(1)
  const versions = packages.get(name)
  if (!versions) {
    response.writeHead(404, {'content-type': 'application/json'})
    return response.end(JSON.stringify({error: 'not found'}))
  }
  const body = {
    name,
    'dist-tags': {latest: versions.at(-1).manifest.version},
    versions: Object.fromEntries(
      versions.map((entry) => {
        const bytes = tarballOf(entry)
        const integrity = 'sha512-' + createHash('sha512').update(bytes).digest('base64')
        const tarball = `${base}/-/${encodeURIComponent(name)}/${entry.manifest.version}.tgz`
        return [entry.manifest.version, {...entry.manifest, dist: {tarball, integrity}}]
      })
    )
  }
  response.writeHead(200, {'content-type': 'application/json'})
  response.end(JSON.stringify(body))
}

server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
parentPort.on('message', () => server.close(() => parentPort.postMessage(requests)))
