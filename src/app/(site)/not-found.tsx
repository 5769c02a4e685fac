import React from 'react'

export default function NotFound() {
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">Fout 404</p>
        <h1>Deze pagina bestaat niet</h1>
        <p className="lead">Misschien werd ze verplaatst, of is ze (nog) niet gepubliceerd.</p>
      </header>
      <p>
        <a className="button" href="/">
          Naar de startpagina
        </a>
      </p>
    </div>
  )
}
