// The package version, read from package.json at build time (esbuild inlines the JSON).
import pkg from '../../package.json' with { type: 'json' };

export const version: string = pkg.version;
