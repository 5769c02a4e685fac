export const DEFAULT_SERVER_URL = 'http://localhost:3000'

/** `CORS_ORIGINS="https://a.example,https://b.example"`: the origins allowed for CORS and CSRF. */
export const allowedOrigins = (env: Record<string, string | undefined> = process.env): string[] => {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  const server = (env.NEXT_PUBLIC_SERVER_URL || DEFAULT_SERVER_URL).replace(/\/$/, '')
  return Array.from(new Set([server, ...listed]))
}
