import React from 'react'

import { listHref, pageLinks } from '../lib/paging'

/** Links to the pages of a list; the current one is marked for assistive technology. */
export const Pager = ({ filters, page, path, totalPages }: { filters: Record<string, string>; page: number; path: string; totalPages: number }) =>
  totalPages <= 1 ? null : (
    <nav aria-label="Paginering" className="paging">
      <ul>
        {page > 1 ? (
          <li>
            <a href={listHref(path, filters, page - 1)} rel="prev">
              ← Vorige
            </a>
          </li>
        ) : null}
        {pageLinks(page, totalPages).map((link, index) =>
          link === null ? (
            <li aria-hidden="true" key={`gap-${index}`}>
              …
            </li>
          ) : (
            <li key={link}>
              <a aria-current={link === page ? 'page' : undefined} href={listHref(path, filters, link)}>
                <span className="visually-hidden">Pagina </span>
                {link}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={listHref(path, filters, page + 1)} rel="next">
              Volgende →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
