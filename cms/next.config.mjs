import { withPayload } from '@payloadcms/next/withPayload'

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
