import React from 'react'

import type { Media } from '../../../../payload-types'

import { photoTarget } from '../../lib/colophon'
import { Photo } from '../Media'

/**
 * A document's photos. The first place a photo is printed carries its anchor, so the colophon's
 * photo credits can name its page.
 */
export const PrintPhotos = ({ anchored, idPrefix, photos }: { anchored: (photo: Media) => boolean; idPrefix: string; photos: Media[] }) => {
  if (photos.length === 0) return null
  return (
    <section aria-labelledby={`${idPrefix}-fotos-titel`} className="photos">
      <h2 id={`${idPrefix}-fotos-titel`}>Foto&apos;s</h2>
      <div className="photos__grid">
        {photos.map((photo) => (
          <div className="print-photo" id={anchored(photo) ? photoTarget(photo) : undefined} key={String(photo.id)}>
            <Photo media={photo} />
          </div>
        ))}
      </div>
    </section>
  )
}
