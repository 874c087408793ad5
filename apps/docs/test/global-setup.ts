/** Builds the site once before the test files run, if it is missing or out of date. */
import { ensureSiteBuilt } from './support/site-build.js';

export default function setup(): void {
  const started = Date.now();
  const what = ensureSiteBuilt();
  console.log(`docs: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
