declare const __LAUNCHGATE_VERSION__: string | undefined;

/**
 * launchgate's version: package.json's, written in by the bundler (scripts/build.mjs) and by jest.config.js, so
 * the CLI, the SARIF driver and the reports say the same; `0.0.0-dev` when run from source by anything else.
 */
export const VERSION: string = typeof __LAUNCHGATE_VERSION__ === 'string' ? __LAUNCHGATE_VERSION__ : '0.0.0-dev';
