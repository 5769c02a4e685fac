'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import React from 'react'

/** The link itself, styled like Payload's own nav links; knows whether it is the current page. */
export const PublicationCheckNavLinkItem = ({ label, path }: { label: string; path: string }) => {
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const pathname = usePathname()
  const href = `${adminRoute === '/' ? '' : adminRoute}${path}`
  const active = pathname === href
  const content = (
    <>
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{label}</span>
    </>
  )
  if (active) {
    return (
      <div aria-current="page" className="nav__link" id="nav-publicatiecontrole">
        {content}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id="nav-publicatiecontrole" prefetch={false}>
      {content}
    </Link>
  )
}
