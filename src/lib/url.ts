/** True for addresses that are safe to render as links: http(s) only, never `javascript:` or `data:`. */
export function isHttpUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}
