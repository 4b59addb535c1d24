/** Number formatting for the benchmark's plain-line output. */
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const secs = (s: number) => `${s.toFixed(2)} s`;
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
