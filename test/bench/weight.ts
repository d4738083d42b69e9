import { join } from 'node:path';
import { repoRoot } from '../e2e-support/quickstart-app';
import { KIT_EXTERNALS, addSizes, apps, buildApp, subtractSizes, type BuiltApp, type Sizes } from './apps';

// Minimal Vite production apps. "Share" = the app minus a React-only app, as in shared/baselines.md.

export interface AppWeight {
  js: Sizes;
  css: Sizes;
  /** JS share over the React-only app. */
  jsShare: Sizes;
  /** JS share + CSS. */
  share: Sizes;
}

export interface KitWeight {
  app: AppWeight;
  /** The kit's own code in that app: the same app with React, react-query and the SDK left out, minus React-only likewise. */
  ownJs: Sizes;
  ownCss: Sizes;
  /** The kit's modules in that app, largest first: bytes of each as rendered into the bundle (before minifying). */
  ownModules: Array<{ module: string; bytes: number }>;
}

/** Kit modules by path inside the package (src/… from source, dist/… from the packed package). */
function kitModules(app: BuiltApp): KitWeight['ownModules'] {
  return app.chunks
    .flatMap((chunk) => Object.entries(chunk.modules))
    .map(([id, info]) => ({ module: /(?:src|dist)\/(?:core|react|testing)\/.*$/.exec(id)?.[0] ?? '', bytes: info.renderedLength }))
    .filter((m) => m.module && m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

const weigh = (app: BuiltApp, reactOnly: BuiltApp): AppWeight => {
  const jsShare = subtractSizes(app.js, reactOnly.js);
  return { js: app.js, css: app.css, jsShare, share: addSizes(jsShare, app.css) };
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
    kit: { app: weigh(kitApp, reactOnly), ownJs: subtractSizes(kitOwn.js, reactOwn.js), ownCss: kitOwn.css, ownModules: kitModules(kitOwn) },
  };
}

export interface WeightResult {
  reactOnly: Sizes;
  kit: KitWeight;
  sdkFloor: AppWeight;
  amplify: AppWeight;
  /** kit share / Amplify share, JS + CSS, brotli. */
  ratio: number;
}

/** Every weighing of the bench; the kit comes from the packed package installed under `benchDir`. */
export async function measureWeight(benchDir: string): Promise<WeightResult> {
  const appsDir = join(benchDir, 'apps');
  const { kit, reactOnly } = await weighKit({ kitImport: 'react-cognito-kit', cssImport: 'react-cognito-kit/styles.css', appsDir });
  const sdkFloor = weigh(await buildApp(apps.sdkFloor(), appsDir), reactOnly);
  const amplify = weigh(await buildApp(apps.amplify(), appsDir), reactOnly);
  return { reactOnly: reactOnly.js, kit, sdkFloor, amplify, ratio: kit.app.share.brotli / amplify.share.brotli };
}

/** The kit from its source (no build or pack needed): for the byte budget in `npm test`. */
export const weighKitSource = (appsDir: string) =>
  weighKit({ kitImport: join(repoRoot, 'src', 'index.ts'), cssImport: join(repoRoot, 'src', 'styles.css'), appsDir });
