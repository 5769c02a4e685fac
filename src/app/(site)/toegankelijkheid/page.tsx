import type { Metadata } from 'next'

import React from 'react'

export const metadata: Metadata = { title: 'Toegankelijkheid' }

/** Rendered for each request, like the other pages outside the report (its layout reads the current report). */
export const dynamic = 'force-dynamic'

/** The accessibility statement: what the site aims for, how it is tested, what is known, whom to tell. */
export default function AccessibilityPage() {
  return (
    <div className="page prose-page">
      <header className="page-header">
        <h1>Toegankelijkheidsverklaring</h1>
        <p className="lead">We willen dat iedereen dit jaarverslag kan lezen, met of zonder muis, op elk scherm en met hulpsoftware.</p>
      </header>
      <div className="prose">
        <h2>Welke norm</h2>
        <p>
          Deze site volgt de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Dat is ook de norm van de Europese richtlijn (EU) 2016/2102 en de
          Vlaamse regelgeving voor websites van overheidsinstanties.
        </p>
        <h2>Hoe we dat nagaan</h2>
        <ul>
          <li>
            Elk soort pagina (startpagina, inhoud, hoofdstuk met cijfers en grafieken, Uitgelicht-artikel, praktijken, podcasts, publicaties en de foutpagina)
            wordt bij elke wijziging automatisch getest met axe-core in Chromium, op een breed scherm (1440 pixels) en op een telefoonscherm (390 pixels).
          </li>
          <li>Een test met het toetsenbord gaat met Tab door een hoofdstuk en bereikt elke bronknop van een kerncijfer en elke link.</li>
          <li>Kleuren van een jaarverslag worden bij het opslaan gecontroleerd: tekst heeft minstens een contrast van 4,5:1.</li>
        </ul>
        <h2>Wat u kunt verwachten</h2>
        <ul>
          <li>Met de link &lsquo;Naar de inhoud&rsquo; slaat u het menu over.</li>
          <li>
            Naast elk gekoppeld kerncijfer staat een bronknop (een i in een cirkel). Met Tab bereikt u hem; Enter of spatie toont waar het cijfer vandaan komt en wanneer het
            nagekeken werd. Escape sluit de bron.
          </li>
          <li>Elke grafiek heeft een beschrijving in woorden, gemaakt uit dezelfde data, en een tabel met alle cijfers (&lsquo;Toon de cijfers als tabel&rsquo;).</li>
          <li>Alle kerncijfers zijn ook als open data te downloaden (CSV en JSON), onderaan elke pagina.</li>
          <li>De site werkt zonder JavaScript; filters en paginering op de pagina Praktijken zijn gewone links en formulieren.</li>
        </ul>
        <h2>Wat nog niet goed is</h2>
        <ul>
          <li>De foto&apos;s van het gedrukte jaarverslag zijn nog niet online; op hun plaats staat een neutrale tegel met het onderschrift.</li>
          <li>Podcasts staan op externe platformen; hun toegankelijkheid hebben wij niet in de hand.</li>
        </ul>
        <h2>Iets gevonden?</h2>
        <p>
          Loopt u ergens vast, of mist u iets? Laat het de redactie van het jaarverslag weten. We antwoorden binnen tien werkdagen en zoeken samen met u naar
          een oplossing.
        </p>
        <p className="muted">Deze verklaring werd opgesteld in december 2026.</p>
      </div>
    </div>
  )
}
