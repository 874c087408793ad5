/** JSON forms of Plural data: one document discriminated by `"type"`, and JSON Lines pairwise logs. */
export { parseJsonDocument, type JsonDocument, type JsonLines } from './json-text.js';
export { JSON_DOCUMENT_TYPES, jsonFormat, readJson, writeJson, type JsonProfileData } from './json-profiles.js';
export { jsonlPairwiseFormat, readPairwiseJsonl, writePairwiseJsonl } from './jsonl-pairwise.js';
