// Types of scripts/docs.js, for the tests that import it.
export declare const documentedCommands: readonly string[]
export declare const endMark: string
export declare function beginMark(command: string): string
export declare function helpOf(command: string): string
export declare function optionsOf(help: string): Array<{option: string; meaning: string; default: string}>
export declare function usageOf(help: string): string[]
export declare function optionsSection(command: string): string
export declare function updatePage(page: string, command: string): string
export declare function pagePath(command: string): string
