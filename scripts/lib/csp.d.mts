/** Types of csp.mjs (plain ESM so node runs it without TypeScript). */
export const HEADER_ONLY_DIRECTIVES: string;
export const EXTRA_DIRECTIVES: string[];
export const FALLBACK_POLICY: string;
export const PERMISSIONS_POLICY: string;
export const COMMON_HEADERS: Record<string, string>;
export const IMMUTABLE: string;
export const IMMUTABLE_PREFIXES: string[];
export function cacheControl(urlPath: string): string;
export function hashScript(text: string): string;
export function inlineScripts(html: string): string[];
export function pagePolicy(builtPolicy: string, hashes: string[]): string;
export function headerPolicy(policy: string): string;
export function rewritePage(html: string, builtPolicy?: string | null): { html: string; policy: string | null; hashes: string[] };
