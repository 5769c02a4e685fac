import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import HomePage, { generateMetadata as homeMetadata } from '../../page'
import PodcastsPage, { metadata as podcastsMetadata } from '../../podcasts/page'
import PracticesPage, { metadata as practicesMetadata } from '../../praktijken/page'
import PublicationsPage, { metadata as publicationsMetadata } from '../../publicaties/page'
import AccessibilityPage, { metadata as accessibilityMetadata } from '../../toegankelijkheid/page'

/**
 * The site's pages without a parameter (home, practices unfiltered, podcasts, publications, the
 * accessibility statement), kept for anonymous visitors like the report's pages. Next would build
 * a page without a parameter ahead, while no content API runs; behind this parameter it is rendered
 * on its first visit instead. The proxy sends `/`, `/podcasts`, ... here (src/config/cachedPages.ts,
 * which names them); their own routes stay the per-request pages, with a nonce.
 */
const pages: Record<string, { metadata: () => Metadata | Promise<Metadata>; Page: () => Promise<React.ReactNode> | React.ReactNode }> = {
  podcasts: { metadata: () => podcastsMetadata, Page: PodcastsPage },
  praktijken: { metadata: () => practicesMetadata, Page: () => PracticesPage({ searchParams: Promise.resolve({}) }) },
  publicaties: { metadata: () => publicationsMetadata, Page: PublicationsPage },
  start: { metadata: homeMetadata, Page: HomePage },
  toegankelijkheid: { metadata: () => accessibilityMetadata, Page: AccessibilityPage },
}

type Props = { params: Promise<{ pagina: string }> }

/** Rendered on its first visit, then kept until a change it shows expires its tags (no page is built ahead). */
export const generateStaticParams = async (): Promise<Awaited<Props['params']>[]> => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pages[(await params).pagina]
  return page ? page.metadata() : {}
}

export default async function KeptPage({ params }: Props) {
  const page = pages[(await params).pagina]
  if (!page) notFound()
  return page.Page()
}
