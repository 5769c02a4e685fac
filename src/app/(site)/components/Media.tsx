import React from 'react'

import type { Media } from '../../../payload-types'

/** A photo with its caption and credit; `alt` is required on every image in the CMS. */
export const Photo = ({ media }: { media: Media }) => {
  const src = media.sizes?.card?.url || media.url
  if (!src) return null
  return (
    <figure className="photo">
      <img alt={media.alt} height={media.sizes?.card?.height ?? media.height ?? undefined} loading="lazy" src={src} width={media.sizes?.card?.width ?? media.width ?? undefined} />
      {media.caption || media.credit ? (
        <figcaption>
          {media.caption}
          {media.credit ? <span className="photo__credit"> Foto: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
