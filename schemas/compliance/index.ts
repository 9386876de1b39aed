/** The compliance rulebook (rules as data, each with its legal basis) and the engine that scores against it. */
export * from './engine.ts'
export * from './rulebook.ts'
export * from './paper-findings.ts'
export * from './report.ts'
export * from './history.ts'
export * from './overrides.ts'
export * from './links.ts'
