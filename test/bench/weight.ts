import { join } from 'node:path';
import { repoRoot } from '../e2e-support/quickstart-app';
import type { Rollup } from 'vite';
import { KIT_EXTERNALS, addSizes, apps, buildApp, sizesOf, subtractSizes, type BuiltApp, type Sizes } from './apps';
import { installPeers } from './peers';

// Minimal Vite production apps. "Share" = the app minus a React-only app, as in shared/baselines.md.

export interface AppWeight {
  js: Sizes;
  css: Sizes;
  /** JS share over the React-only app, every chunk. */
  jsShare: Sizes;
  /** JS share + CSS, every chunk. */
  share: Sizes;
  /** JS share + CSS of what the page loads first (the entry chunk and its static imports). */
  firstLoadShare: Sizes;
}

export interface KitWeight {
  app: AppWeight;
  /**
   * The kit's own code the page loads to show the forms: the entry chunk and what it imports statically, in the same
   * app with React, react-query and the SDK left out, minus React-only likewise.
   */
  ownJs: Sizes;
  /** All of the kit's own JS in that app, with the chunks it loads only when a step needs them (SRP, challenges, …). */
  ownJsAll: Sizes;
  /** The kit's modules in the chunks the page loads first (the rest arrive on demand). */
  firstLoadModules: string[];
  /** The kit's JS files the page loads first, each with its kit modules. */
  firstLoadFiles: Array<{ file: string; modules: string[] }>;
  /** The chunks loaded on demand, by the kit module that starts each. */
  ownLazyChunks: Array<{ module: string; brotli: number }>;
  ownCss: Sizes;
  /** The kit's modules in that app, largest first: bytes of each as rendered into the bundle (before minifying). */
  ownModules: Array<{ module: string; bytes: number }>;
}

const kitModulePath = (id: string) => /(?:src|dist)\/(?:core|react|testing)\/.*$/.exec(id)?.[0] ?? '';

/** Kit modules by path inside the package (src/… from source, dist/… from the packed package). */
function kitModules(app: BuiltApp): KitWeight['ownModules'] {
  return app.chunks
    .flatMap((chunk) => Object.entries(chunk.modules))
    .map(([id, info]) => ({ module: kitModulePath(id), bytes: info.renderedLength }))
    .filter((m) => m.module && m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** The entry chunk and every chunk it reaches by static imports: what a page downloads before it can render. */
function initialChunks(app: BuiltApp): Rollup.OutputChunk[] {
  const byName = new Map(app.chunks.map((c) => [c.fileName, c]));
  const seen = new Set<Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  app.chunks.filter((c) => c.isEntry).forEach(visit);
  return [...seen];
}

const jsSizes = (chunks: Rollup.OutputChunk[]) => addSizes(...chunks.map((c) => sizesOf(c.code)));

function lazyChunks(app: BuiltApp): KitWeight['ownLazyChunks'] {
  const initial = new Set(initialChunks(app));
  return app.chunks
    .filter((c) => !initial.has(c))
    .map((c) => ({ module: kitModulePath(c.facadeModuleId ?? c.moduleIds[0] ?? '') || c.fileName, brotli: sizesOf(c.code).brotli }))
    .concat(app.workers.map((w) => ({ module: `${w.fileName} (Web Worker)`, brotli: sizesOf(w.source).brotli })))
    .sort((a, b) => b.brotli - a.brotli);
}

const weigh = (app: BuiltApp, reactOnly: BuiltApp): AppWeight => {
  const jsShare = subtractSizes(app.js, reactOnly.js);
  const firstLoadShare = addSizes(subtractSizes(jsSizes(initialChunks(app)), reactOnly.js), app.css);
  return { js: app.js, css: app.css, jsShare, share: addSizes(jsShare, app.css), firstLoadShare };
};

/** The kit app (README quick start) and its own code, with the kit imported from `kitImport`. */
export async function weighKit(options: { kitImport: string; cssImport: string; appsDir: string; reactOnly?: BuiltApp }): Promise<{ kit: KitWeight; reactOnly: BuiltApp }> {
  const { kitImport, cssImport, appsDir } = options;
  const reactOnly = options.reactOnly ?? (await buildApp(apps.reactOnly(), appsDir));
  const kitApp = await buildApp(apps.kit(kitImport, cssImport), appsDir);
  const kitOwn = await buildApp({ ...apps.kit(kitImport, cssImport, 'kit-own-code'), external: KIT_EXTERNALS }, appsDir);
  const reactOwn = await buildApp({ ...apps.reactOnly(), name: 'react-only-external', external: KIT_EXTERNALS }, appsDir);
  return {
    reactOnly,
    kit: {
      app: weigh(kitApp, reactOnly),
      ownJs: subtractSizes(jsSizes(initialChunks(kitOwn)), reactOwn.js),
      ownJsAll: subtractSizes(kitOwn.js, reactOwn.js),
      ownLazyChunks: lazyChunks(kitOwn),
      firstLoadModules: initialChunks(kitOwn).flatMap((c) => c.moduleIds).map((id) => kitModulePath(id)).filter(Boolean),
      firstLoadFiles: initialChunks(kitOwn).map((c) => ({ file: c.fileName, modules: c.moduleIds.map((id) => kitModulePath(id)).filter(Boolean) })),
      ownCss: kitOwn.css,
      ownModules: kitModules(kitOwn),
    },
  };
}

export interface WeightResult {
  reactOnly: Sizes;
  kit: KitWeight;
  sdkFloor: AppWeight;
  amplify: AppWeight;
  /** kit share / Amplify share, JS + CSS, brotli, every chunk. */
  ratio: number;
  /** The same for what each app loads first. */
  firstLoadRatio: number;
}

/** Every weighing of the bench; the kit comes from the packed package installed under `benchDir`. */
export async function measureWeight(benchDir: string): Promise<WeightResult> {
  const appsDir = join(benchDir, 'apps');
  const { kit, reactOnly } = await weighKit({ kitImport: 'react-cognito-kit', cssImport: 'react-cognito-kit/styles.css', appsDir });
  const sdkFloor = weigh(await buildApp(apps.sdkFloor(), appsDir), reactOnly);
  // Built below the on-demand install of Amplify (./peers.ts), where it finds aws-amplify and Amplify UI.
  const amplify = weigh(await buildApp(apps.amplify(), join(installPeers(), 'apps')), reactOnly);
  return {
    reactOnly: reactOnly.js,
    kit,
    sdkFloor,
    amplify,
    ratio: kit.app.share.brotli / amplify.share.brotli,
    firstLoadRatio: kit.app.firstLoadShare.brotli / amplify.firstLoadShare.brotli,
  };
}

/** The kit from its source (no build or pack needed): for the byte budget in `npm test`. */
export const weighKitSource = (appsDir: string) =>
  weighKit({ kitImport: join(repoRoot, 'src', 'index.ts'), cssImport: join(repoRoot, 'src', 'styles.css'), appsDir });
