export { readReport, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARACTERS, type ReadOptions, type ReadResult } from './read.js';
export { decodeBytes, type DecodedText, type TextEncoding } from './decode.js';
export { ReadError, isReadError, READ_ERROR_CODES, type ReadErrorCode } from './errors.js';
export { DEFAULT_MAX_EXPANDED_BYTES, DEFAULT_MAX_EXPANSION_RATIO, expandedSize, type ZipLimits } from './zip-limits.js';
