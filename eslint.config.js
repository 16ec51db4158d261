// ESLint with typescript-eslint's recommended rules (the syntax-only set: the
// typed set would type-check the project a second time on every run), for
// the sources, tests, benchmarks and scripts. Formatting is Prettier's.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/', '.ci-out/', 'test/fixtures/', 'docs/examples/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        globalThis: 'readonly'
      }
    },
    rules: {
      // A leading underscore marks a value kept for its place (a destructured field, a callback's parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true
        }
      ],
      // glosa tests input for control characters on purpose (binary files, XML's forbidden characters).
      'no-control-regex': 'off',
      // An interface that names a single supertype documents what a value is for.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      // Help texts are matched with their column spacing as printed.
      'no-regex-spaces': 'off'
    }
  },
  {
    // The HTML preview's own script, and the benchmark code that runs inside the page, run in a browser.
    files: ['preview/**/*.js', 'bench/preview.bench.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        history: 'readonly',
        innerHeight: 'readonly',
        scrollTo: 'readonly',
        requestAnimationFrame: 'readonly',
        PerformanceObserver: 'readonly'
      }
    }
  }
)
