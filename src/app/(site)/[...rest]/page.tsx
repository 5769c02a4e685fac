import { notFound } from 'next/navigation'

/** Any other address on the site: the site's own "not found" page (in its layout), with a 404. */
export default function UnknownPage() {
  notFound()
}
