// Types for sim-door-scope.js, which the lint config (plain JS) and the TypeScript tests share.
export declare const SIM_INTERNALS_ALLOWED: readonly string[];
export declare function mayReachSimInternals(relPath: string): boolean;
