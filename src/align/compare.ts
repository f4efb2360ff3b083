// Alignment and verification compare fact values only through the kinds' own compare/describe.
export { compareValues, describeValue } from '../extract/kinds.js'
