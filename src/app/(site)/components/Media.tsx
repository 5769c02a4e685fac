import React from 'react'

import type { Media } from '../../../payload-types'

/**
 * A photo with its caption and credit (`alt` is required on every image in the CMS). The image
 * keeps its proportions in a neutral frame, so a placeholder reads as "photo to come".
 */
export const Photo = ({ media, size = 'card' }: { media: Media; size?: 'card' | 'wide' }) => {
  const chosen = media.sizes?.[size]?.url ? media.sizes[size] : null
  const src = chosen?.url || media.url
  if (!src) return null
  const caption = media.caption
  return (
    <figure className="photo">
      <img
        // The caption says it already: a screen reader should not hear it twice.
        alt={caption && caption.trim() === media.alt.trim() ? '' : media.alt}
        decoding="async"
        height={chosen?.height ?? media.height ?? undefined}
        loading="lazy"
        src={src}
        width={chosen?.width ?? media.width ?? undefined}
      />
      {caption || media.credit ? (
        <figcaption>
          {caption}
          {media.credit ? <span className="photo__credit"> Foto: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
