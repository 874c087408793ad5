/**
 * Where the browser finds HiGHS's WebAssembly binary. `highs/runtime` is the `highs` package's export
 * of `build/highs.wasm`; Vite's `?url` suffix copies the file into the built site (as
 * `assets/highs-<hash>.wasm`) and gives its public URL. Pass this function as `locateFile` to
 * `solve`, `loadHighs` or `createHighsBackend` of @plural/lp.
 *
 * It is one module-level function on purpose: @plural/lp caches the loaded runtime per `locateFile`
 * function, so every example on every page shares one HiGHS instance.
 */
import highsWasmUrl from 'highs/runtime?url';

export const HIGHS_WASM_URL: string = highsWasmUrl;

export function locateHighsFile(file: string): string {
  return file.endsWith('.wasm') ? highsWasmUrl : file;
}
