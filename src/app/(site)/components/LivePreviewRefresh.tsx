'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In Payload's live-preview frame: tells the admin the page is ready, and reloads the server
 * rendering whenever the editor saves (Payload posts a `payload-document-event`). Messages are
 * only taken from this site's own origin, where the admin runs.
 */
export const LivePreviewRefresh = () => {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data && typeof event.data === 'object' && event.data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const parent = window.opener || (window.parent !== window ? window.parent : null)
    parent?.postMessage({ ready: true, type: 'payload-live-preview' }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
