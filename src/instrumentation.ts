/** Next calls this once when the server starts; the work is Node-only (see ./startServer). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./startServer')
    await startServer()
  }
}
