export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function seconds(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
}

export function mbPerSecond(bytes: number, ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '—';
  const v = bytes / 1e6 / (ms / 1000);
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function megabytes(kb: number | undefined): string {
  return kb === undefined ? '—' : `${Math.round(kb / 1024)} MB`;
}

export function factor(value: number, base: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(base) || base <= 0) return '—';
  const f = value / base;
  return `${f >= 100 ? f.toFixed(0) : f >= 10 ? f.toFixed(1) : f.toFixed(2)}×`;
}
