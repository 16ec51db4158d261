/**
 * `read` answered once per object: a later call with the same object gives
 * the first answer, kept only while the object lives (a `WeakMap`). For what
 * several rules ask of one segment or entry.
 */
export function oncePer<Key extends object, Value>(read: (key: Key) => Value): (key: Key) => Value {
  const answers = new WeakMap<Key, Value>()
  return (key) => {
    if (answers.has(key)) return answers.get(key)!
    const value = read(key)
    answers.set(key, value)
    return value
  }
}
