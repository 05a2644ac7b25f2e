import packageJson from '../package.json' with { type: 'json' };

/** This host's version, matched against plugins' `engines.corral` ranges. */
export const CORRAL_VERSION: string = packageJson.version;
