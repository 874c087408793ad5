declare const __PLURAL_CLI_VERSION__: string;

/** The version of `@plural/cli`, from its package.json (set at build time). */
export const VERSION: string = __PLURAL_CLI_VERSION__;
