#!/usr/bin/env node
// Thin launcher: the CLI is src/cli/main.ts, built into dist/ and bundled into dist/bin/ by `npm ci`
// and `npm run build` (see scripts/bundle.js).
import {main} from '../dist/bin/glosa.js'

process.exitCode = await main(process.argv.slice(2))
