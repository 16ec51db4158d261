/**
 * Checks of what callers pass glosa's library, at its boundary: each throws a
 * `TypeError` saying what was expected and what came ("Expected `style` of
 * `annotate` to be one of `footnote`, `link`, `abbr`, `directive`, not
 * `bold`"), as the remark plugin's option errors do. One implementation for
 * every export (see src/api.ts).
 */

/** What a value must be, and how to say so. */
export interface Expectation {
  /** "a string", "one of `md`, `text`", … */
  readonly description: string
  test(value: unknown): boolean
}

/** How a value that came is named in a message: strings quoted, objects by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return '`' + (value.length > 40 ? value.slice(0, 40) + '…' : value) + '`'
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'bigint') return `${value}n`
  return String(value)
}

/** Throw the "Expected … to be …, not …" TypeError unless `value` meets `expectation`. */
export function expectValue(name: string, value: unknown, expectation: Expectation): void {
  if (!expectation.test(value))
    throw new TypeError(`Expected ${name} to be ${expectation.description}, not ${describeValue(value)}`)
}

const expectation = (description: string, test: (value: unknown) => boolean): Expectation => ({description, test})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const string = expectation('a string', (value) => typeof value === 'string')
export const boolean = expectation('a boolean', (value) => typeof value === 'boolean')
export const number = expectation('a number', (value) => typeof value === 'number' && !Number.isNaN(value))
export const func = expectation('a function', (value) => typeof value === 'function')

/** One of `values`. */
export function oneOf(values: readonly string[]): Expectation {
  return expectation(
    'one of ' + values.map((value) => '`' + value + '`').join(', '),
    (value) => typeof value === 'string' && values.includes(value)
  )
}

/** `inner`, or undefined (`null` too when `orNull`). */
export function optional(inner: Expectation, orNull = false): Expectation {
  return expectation(
    inner.description + (orNull ? ', null' : '') + ' or undefined',
    (value) => value === undefined || (orNull && value === null) || inner.test(value)
  )
}

export function either(...choices: Expectation[]): Expectation {
  return expectation(choices.map((choice) => choice.description).join(' or '), (value) =>
    choices.some((choice) => choice.test(value))
  )
}

/** An array of `item`s (checked item by item). */
export function arrayOf(item: Expectation): Expectation {
  return expectation(
    `an array of ${item.description.replace(/^an? /, '')}s`,
    (value) => Array.isArray(value) && value.every((element) => item.test(element))
  )
}

/** An object whose listed fields meet their expectations (`description` names what it is). */
export function shape(description: string, fields: Record<string, Expectation>): Expectation {
  return expectation(
    description,
    (value) => isRecord(value) && Object.entries(fields).every(([key, field]) => field.test(value[key]))
  )
}

/** An instance of `type`. */
export function instanceOf(description: string, type: abstract new (...args: never[]) => unknown): Expectation {
  return expectation(description, (value) => value instanceof type)
}

/**
 * Check an options argument: undefined, null or an object, each field given
 * (not undefined) meeting its expectation. Names the option and the function.
 */
export function expectOptions(name: string, value: unknown, fields: Record<string, Expectation>): void {
  if (value === undefined || value === null) return
  if (!isRecord(value)) throw new TypeError(`Expected ${name} to be an options object, not ${describeValue(value)}`)
  for (const [key, field] of Object.entries(fields)) {
    if (value[key] !== undefined) expectValue(`\`${key}\` of ${name}`, value[key], field)
  }
}

/** A parameter of an exported function: its name and what it must be (or the fields of an options object). */
export type Parameter = [name: string, expected: Expectation] | [name: string, options: Record<string, Expectation>]

/**
 * `fn` with its arguments checked first: the same function for callers who
 * pass what it takes, a TypeError saying what was expected for those who do
 * not. The checked function keeps `fn`'s type, name and length.
 */
export function checked<F extends (...args: never[]) => unknown>(
  name: string,
  fn: F,
  parameters: readonly Parameter[]
): F {
  const wrapper = function (this: unknown, ...args: unknown[]) {
    parameters.forEach(([parameter, expected], index) => {
      const label = `\`${parameter}\` of \`${name}\``
      if ('test' in expected && typeof expected.test === 'function')
        expectValue(label, args[index], expected as Expectation)
      else expectOptions(label, args[index], expected as Record<string, Expectation>)
    })
    return (fn as unknown as (...args: unknown[]) => unknown).apply(this, args)
  }
  Object.defineProperty(wrapper, 'name', {value: fn.name})
  Object.defineProperty(wrapper, 'length', {value: fn.length})
  return wrapper as unknown as F
}
