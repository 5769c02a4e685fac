import React from 'react'

export const Breadcrumbs = ({ items }: { items: { href?: string; label: string }[] }) => (
  <nav aria-label="Kruimelpad" className="breadcrumbs">
    <ol>
      {items.map((item, index) => (
        <li key={`${item.label}-${index}`}>{item.href ? <a href={item.href}>{item.label}</a> : item.label}</li>
      ))}
    </ol>
  </nav>
)
