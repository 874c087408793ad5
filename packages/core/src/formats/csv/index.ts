/**
 * CSV forms of Plural data (RFC 4180): ranking, approval, utility and pairwise-comparison CSVs, and the
 * generic `csv` format that tells rankings, utilities and comparisons apart by the header.
 */
export { csvField, formatCsvTable, parseCsvTable, type CsvTable } from './rfc4180.js';
export { csvRankingsFormat, readRankingCsv, writeRankingCsv } from './rankings.js';
export { csvApprovalsFormat, readApprovalCsv, writeApprovalCsv } from './approvals.js';
export { csvUtilitiesFormat, readUtilityCsv, writeUtilityCsv } from './utilities.js';
export { csvPairwiseFormat, isPairwiseCsvHeader, PAIRWISE_CSV_COLUMNS, readPairwiseCsv, writePairwiseCsv } from './pairwise.js';
export { csvFormat, readCsv, sniffCsvKind, writeCsv, type CsvKind } from './csv.js';
