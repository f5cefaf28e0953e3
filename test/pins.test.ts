import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

/**
 * Packages whose internals (not their documented API) our code relies on, pinned to the exact
 * version those internals were read from. An upgrade must fail here first, loudly, naming what to
 * re-check, rather than fail later as a slow build, an open port or a test run that counts nothing.
 * Pagefind's pin has its own test (test/search/pagefind-format.test.ts), beside its format constant.
 */
interface Pin {
  readonly version: string;
  /** false: a dependency of a dependency, pinned by package-lock.json alone. */
  readonly direct: boolean;
  /** Each file that relies on the internals, with the internal it names (so a move or a rewrite shows here). */
  readonly dependents: Readonly<Record<string, string>>;
  readonly recheck: string;
}

const PINS: Readonly<Record<string, Pin>> = {
  '@11ty/eleventy': {
    version: '3.1.8',
    direct: true,
    dependents: {
      'scripts/eleventy/io.ts': 'FileSystemManager',
      'scripts/build/render.ts': 'disableLogger',
      'scripts/types/eleventy.d.ts': 'disableLogger',
    },
    recheck:
      'src/Util/FileSystemManager.js still has writeFile and createDirectoryForFile; eleventyConfig.templateHandling.writeMode' +
      ' is still read from the instance; disableLogger() still silences it; the declarations in scripts/types/eleventy.d.ts',
  },
  // Only @11ty/eleventy depends on it (with ^2.1.2): pinning Eleventy and the lock file keep it here.
  '@11ty/eleventy-dev-server': {
    version: '2.1.2',
    direct: false,
    dependents: { 'scripts/eleventy/dev-guard.ts': '_serverListen' },
    recheck: 'the prototype method _serverListen(port) is still its one call to listen',
  },
  uvu: {
    version: '0.5.6',
    direct: true,
    dependents: { 'test/run.ts': 'UVU_QUEUE' },
    recheck: 'the UVU_DEFER, UVU_INDEX and UVU_QUEUE globals, and the [errors, ran, skipped, total] each queued runner resolves to',
  },
};

const ROOT = resolve(import.meta.dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, any>;
const manifest = json('package.json');
const lock = json('package-lock.json');
const upgrade = (pkg: string, pin: Pin) =>
  `${pkg} ${pin.version} is the version whose internals ` +
  `${Object.keys(pin.dependents).join(', ')} use. Before moving to another version re-check: ${pin.recheck}; then change the pin here`;

const pins = suite('packages pinned for their internals');

pins('three packages are pinned (the loops below cannot run empty)', () => assert.is(Object.keys(PINS).length, 3));

for (const [pkg, pin] of Object.entries(PINS)) {
  pins(`${pkg}: the installed version is ${pin.version}`, () => {
    const installed = json(`node_modules/${pkg}/package.json`).version as string;
    assert.is(installed, pin.version, `${pkg} ${installed} is installed. ${upgrade(pkg, pin)}`);
  });
  pins(`${pkg}: package.json and package-lock.json pin exactly ${pin.version}`, () => {
    const wanted = manifest.dependencies[pkg] ?? manifest.devDependencies[pkg];
    if (pin.direct) assert.is(wanted, pin.version, `package.json asks for ${pkg} ${wanted}. ${upgrade(pkg, pin)}`);
    else assert.is(wanted, undefined, `${pkg} is now a direct dependency: pin it exactly and mark it direct here`);
    const locked = lock.packages[`node_modules/${pkg}`]?.version;
    assert.is(locked, pin.version, `package-lock.json has ${pkg} ${locked}. ${upgrade(pkg, pin)}`);
  });
  pins(`${pkg}: the files that use its internals still do`, () => {
    for (const [file, internal] of Object.entries(pin.dependents)) {
      assert.ok(existsSync(join(ROOT, file)), `${file} is gone: update the files named for ${pkg} in test/pins.test.ts`);
      assert.ok(
        readFileSync(join(ROOT, file), 'utf8').includes(internal),
        `${file} no longer names ${internal}: is ${pkg} still pinned for a reason?`,
      );
    }
  });
}

pins.run();
