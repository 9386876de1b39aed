import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The admin's Content-Security-Policy. Payload's admin needs inline styles and Next's inline scripts
 * (the React Server Components payload), so scripts are limited to this origin and inline ones; nothing
 * loads from elsewhere, and no other site may frame it (clickjacking).
 */
const adminPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** JSON and files: nothing in an API answer runs or loads anything, and nothing frames it. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * API routes that render their own HTML and send their own policy, which a header set here would replace
 * (Next keeps a configured header over the route's): the citizens' status and answer pages and the draft
 * preview (cms/citizen/page.ts, cms/workflow/preview.ts).
 */
const ownPolicy = '(?:aduan|ppid)(?:/.*)?|[^/]+/[^/]+/draft-preview'

/** The admin and the HTTP API (REST and GraphQL). The public sites are static and built elsewhere. */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (a gate of its own); the start command need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Payload's errors are reported by their class name (formatErrors); minified server code has anonymous
  // classes, so every refusal read "An unknown error occurred." Only the browser's code is minified.
  experimental: { turbopackMinify: { server: false, client: true }, serverMinification: false },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // HSTS is the TLS front's (docs/DEPLOYMENT.md): this server speaks plain HTTP on loopback.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        source: '/admin/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: adminPolicy },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      { source: `/api/:path((?!(?:${ownPolicy})$).*)`, headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
