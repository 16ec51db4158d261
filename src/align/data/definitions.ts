// Patterns of sentences that define or characterise a name: an explanatory
// note ("o H20 é um chip…") belongs with the place where the text defines the
// same name ("the H20 — a watered-down processor"). Constants only. Each
// pattern captures the defined name in group 1.

const name = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-‐][\p{L}\p{N}]+)*)`

export const definitionPatterns: readonly RegExp[] = [
  // Portuguese: "X é um/uma …", "X, um/uma …", "X — um/uma …", "X (um/uma …".
  new RegExp(String.raw`${name}\s*(?:,|—|–|\(|\s(?:é|são|era|foi|será)\s)\s*(?:um|uma|uns|umas)\s`, 'gu'),
  // English: "X is a/an …", "X, a/an …", "X — a/an …", "X (a/an …".
  new RegExp(String.raw`${name}\s*(?:,|—|–|\(|\s(?:is|was|are|were)\s)\s*(?:a|an)\s`, 'gu')
]
