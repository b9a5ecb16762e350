// Replaced with the package's version when tsup builds dist/cli.js (its `define` option).
declare const TIMETAP_WEBHOOKS_VERSION: string | undefined;

/** The package's version, read from package.json when the CLI is built; `development` from the sources. */
export const packageVersion: string = typeof TIMETAP_WEBHOOKS_VERSION === 'string' ? TIMETAP_WEBHOOKS_VERSION : 'development';
