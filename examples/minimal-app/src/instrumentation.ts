/**
 * Next calls this once when the server starts: Payload boots then, not on the first request.
 *
 * The app needs a file here of its own: without one, Turbopack's dev server (Next 16.4) takes
 * the repository root's `src/instrumentation.ts` (the CMS's), which starts the CMS's pollers for
 * collections this app does not have.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
    await getPayload({ config })
  }
}
