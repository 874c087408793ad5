import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportMarkdown } from './markdown.js';
import { ratioChartSvg } from './svg.js';
import type { BenchReport } from './types.js';

/** Paths of the three files a run writes. */
export interface ResultFiles {
  readonly json: string;
  readonly markdown: string;
  readonly svg: string;
}

/**
 * Writes `latest.json`, `latest.md` and `latest.svg` into `directory` (created if needed), overwriting
 * the previous run's files.
 *
 * Complexity: O(workloads).
 *
 * @example
 * writeResults(report, 'apps/bench/results');
 */
export function writeResults(report: BenchReport, directory: string): ResultFiles {
  mkdirSync(directory, { recursive: true });
  const files = {
    json: path.join(directory, 'latest.json'),
    markdown: path.join(directory, 'latest.md'),
    svg: path.join(directory, 'latest.svg'),
  };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, reportMarkdown(report));
  writeFileSync(files.svg, ratioChartSvg(report));
  return Object.freeze(files);
}
