export * from './paper.js'
export * from './position.js'
