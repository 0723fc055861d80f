// The scenarios shipped with the build. They stay separate JSON files next to the bundle, fetched and
// validated when the home screen opens, so the first screen's JavaScript does not grow with them.
import type { LoadResult } from '../engine/scenario/errors.js';
import { loadScenarioLazily } from './load-scenario.js';

export interface BundledScenario {
  readonly fileName: string;
  readonly result: LoadResult;
}

// `eager` imports only each file's URL (a short string), not its content. `no-inline` stops Vite from
// turning files under 4 KB into data: URLs, which the Content-Security-Policy (connect-src 'self')
// would refuse to fetch.
const urls = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export type FetchText = (url: string) => Promise<string>;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Every bundled scenario in file-name order, each loaded or with the reason it could not be. */
export async function loadBundledScenarios(fetchFile: FetchText = fetchText): Promise<BundledScenario[]> {
  const files = Object.entries(urls)
    .map(([path, url]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), url }))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  return Promise.all(
    files.map(async ({ fileName, url }): Promise<BundledScenario> => {
      try {
        return { fileName, result: await loadScenarioLazily(await fetchFile(url), fileName) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          fileName,
          result: { ok: false, errors: [{ code: 'unreadable', file: fileName, line: 1, column: 1, path: '', message: `The file could not be fetched (${reason}).` }] },
        };
      }
    }),
  );
}
