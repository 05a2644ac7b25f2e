import { PACKAGE_JSON } from './package-root.ts';

/** This host's version, matched against plugins' `engines.corral` ranges. */
export const CORRAL_VERSION: string = PACKAGE_JSON.version;
