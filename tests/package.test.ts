/**
 * The package as another TypeScript project sees it: `exports` and `types` resolve to the built
 * ES module and its declarations, which type-check in a strict project and bundle with Vite.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../src/indicators/all.js';
import { ROOT } from './browser/helpers.js';

const CONSUMER = `
import { DefenceIndicator, INDICATOR_IDS, findIndicator, loadIndicators, type Indicator } from 'defence-indicators';

const ids: readonly string[] = INDICATOR_IDS;
const card: DefenceIndicator = document.createElement('defence-indicator');
card.indicator = findIndicator(ids[0])?.id ?? null;
card.noDownload = true;
document.body.append(card);
const all: Promise<readonly Indicator[]> = loadIndicators();
export { ids, all };
`;

let dir = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'types', 'index.d.ts'))) throw new Error('dist/ is not built: run `npm run build` (npm test does)');
  // A project next door that has installed this package: node_modules/defence-indicators links here.
  dir = mkdtempSync(join(tmpdir(), 'di-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'defence-indicators'), 'dir');
  writeFileSync(join(dir, 'main.ts'), CONSUMER);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [], skipLibCheck: true },
      files: ['main.ts'],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the package for bundlers', () => {
  it('type-checks a strict project that imports the element and the registry', async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', dir]).catch((e: { stdout: string }) => e);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('bundles with Vite, taking the ES module and its data', async () => {
    const output = (await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      build: { write: false, lib: { entry: join(dir, 'main.ts'), formats: ['es'] } },
    })) as Rollup.RollupOutput[];
    const code = output[0]!.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
    expect(code).toContain('defence-indicator');
    for (const { id } of INDICATORS) expect(code).toContain(id);
  }, 120_000);
});
