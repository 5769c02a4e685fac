export default function NotFound() {
  return (
    <>
      <h1>Niet gevonden</h1>
      <p>
        Deze pagina bestaat niet of is (nog) niet gepubliceerd. <a href="/">Naar de jaarverslagen</a>
      </p>
    </>
  )
}
