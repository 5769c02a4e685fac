import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'

import type { ReportCheck, ReportFinding } from '../server/checkReport'
import type { SanitizedKeyFiguresOptions } from '../types'

import { checkReport, ReportNotFoundError } from '../server/checkReport'
import { getKeyFiguresOptions } from '../server/pluginOptions'
import { describeSource, formatDateTime, kindTexts, type Language, pick, toLanguage } from './texts'

const t = {
  chooseReport: { en: 'Choose an annual report to check.', nl: 'Kies een jaarverslag om te controleren.' },
  clean: { en: 'No findings: all key figures match their data', nl: 'Geen bevindingen: alle kerncijfers kloppen' },
  columns: {
    expected: { en: 'Expected', nl: 'Verwacht' },
    figure: { en: 'Key figure', nl: 'Kerncijfer' },
    kind: { en: 'Kind', nl: 'Soort' },
    message: { en: 'Explanation', nl: 'Toelichting' },
    shown: { en: 'Shown', nl: 'Getoond' },
    source: { en: 'Source', nl: 'Bron' },
  },
  datasetLabel: { en: 'Dataset', nl: 'Dataset' },
  documents: { en: 'Documents', nl: 'Documenten' },
  edit: { en: 'Open', nl: 'Openen' },
  figures: { en: 'Key figures', nl: 'Kerncijfers' },
  findings: { en: 'Findings', nl: 'Bevindingen' },
  findingsIn: { en: 'Findings in', nl: 'Bevindingen in' },
  intro: {
    en: 'Checks the latest version of every document of an annual report against the data. Published documents whose data changed are marked stale.',
    nl: 'Controleert de laatste versie van elk document van een jaarverslag tegen de data. Gepubliceerde documenten waarvan de data veranderde, staan als verouderd.',
  },
  noAccess: { en: 'No access', nl: 'Geen toegang' },
  noAccessText: {
    en: 'You may not run the publication check. Ask an editor or an administrator.',
    nl: 'U mag de publicatiecontrole niet uitvoeren. Vraag het aan een redacteur of beheerder.',
  },
  noReports: { en: 'There are no annual reports yet.', nl: 'Er zijn nog geen jaarverslagen.' },
  notConfigured: {
    en: 'The key-figures plugin does not expose its options (config.custom.keyFigures).',
    nl: 'De kerncijfer-plugin stelt zijn instellingen niet beschikbaar (config.custom.keyFigures).',
  },
  checkedAt: { en: 'Checked', nl: 'Gecontroleerd' },
  login: { en: 'Log in', nl: 'Inloggen' },
  loginText: {
    en: 'Log in as an editor or administrator to run the publication check.',
    nl: 'Log in als redacteur of beheerder om de publicatiecontrole uit te voeren.',
  },
  reports: { en: 'Annual reports', nl: 'Jaarverslagen' },
  summary: { en: 'Summary', nl: 'Samenvatting' },
  title: { en: 'Publication check', nl: 'Publicatiecontrole' },
}

type Props = AdminViewServerProps & {
  /** Which plugin instance to use when several run (their datasets slug); else the first. */
  datasets?: string
}

type Group = { collection: string; findings: ReportFinding[]; href: string | null; title: string }

const firstString = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

const collectionLabel = (req: PayloadRequest, slug: string): string => {
  const labels = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.labels
  if (!labels?.singular) return slug
  return getTranslation(labels.singular as never, req.i18n as never) || slug
}

/** Findings grouped by the document they were found in, in report order. */
const groupFindings = (check: ReportCheck, options: SanitizedKeyFiguresOptions, adminRoute: string): Group[] => {
  const groups = new Map<string, Group>()
  for (const finding of check.findings) {
    const isFooting = finding.id === null
    const key = isFooting ? `${finding.collection}\u0000dataset:${finding.source.dataset ?? finding.title}` : `${finding.collection}\u0000${finding.id}`
    let group = groups.get(key)
    if (!group) {
      const dataset = finding.source.dataset ?? finding.title
      group = {
        collection: finding.collection,
        findings: [],
        href: isFooting
          ? dataset
            ? `${adminRoute}/collections/${options.slugs.datasets}?where[slug][equals]=${encodeURIComponent(dataset)}`
            : null
          : `${adminRoute}/collections/${finding.collection}/${encodeURIComponent(String(finding.id))}`,
        title: isFooting ? dataset || finding.title : finding.title,
      }
      groups.set(key, group)
    }
    group.findings.push(finding)
  }
  return [...groups.values()]
}

const kindColour = (kind: ReportFinding['kind']) =>
  kind === 'stale' ? 'var(--theme-warning-500)' : kind === 'unresolved' ? 'var(--theme-elevation-500)' : 'var(--theme-error-500)'

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '8px 10px', textAlign: 'left', verticalAlign: 'top' }
const numeric: React.CSSProperties = { ...cell, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }

const FindingsTable = ({ group, language, req }: { group: Group; language: Language; req: PayloadRequest }) => {
  const label = collectionLabel(req, group.collection)
  return (
    <section className="publication-check__document" style={{ marginBottom: 32 }}>
      <h3 style={{ alignItems: 'baseline', display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 8px' }}>
        <span style={{ color: 'var(--theme-elevation-600)', fontSize: '0.8em', fontWeight: 400 }}>{label}</span>
        {group.href ? <a href={group.href}>{group.title}</a> : <span>{group.title}</span>}
      </h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ captionSide: 'top', color: 'var(--theme-elevation-600)', padding: '0 0 6px', textAlign: 'left' }}>
            {`${pick(t.findingsIn, language)} ${label} “${group.title}” (${group.findings.length})`}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>{pick(t.columns.kind, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.figure, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.shown, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.expected, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.source, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.message, language)}</th>
            </tr>
          </thead>
          <tbody>
            {group.findings.map((finding, index) => (
              <tr data-kind={finding.kind} key={`${finding.path}-${index}`}>
                <td style={cell}>
                  <span style={{ borderLeft: `4px solid ${kindColour(finding.kind)}`, display: 'inline-block', paddingLeft: 6 }}>
                    {pick(kindTexts[finding.kind], language)}
                  </span>
                </td>
                <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                  {finding.label}
                  <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.8em', fontWeight: 400 }}>
                    <code>{finding.path}</code>
                  </div>
                </th>
                <td style={numeric}>{finding.shown || '–'}</td>
                <td style={{ ...numeric, fontWeight: 600 }}>{finding.expected ?? '–'}</td>
                <td style={cell}>{describeSource(finding.source, language) || '–'}</td>
                <td style={cell}>{pick(finding.message, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

const CheckResult = ({
  check,
  language,
  options,
  req,
}: {
  check: ReportCheck
  language: Language
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
}) => {
  const groups = groupFindings(check, options, req.payload.config.routes.admin)
  const when = formatDateTime(check.checkedAt, language)
  return (
    <section aria-labelledby="publication-check-result">
      <h2 id="publication-check-result" style={{ margin: '0 0 12px' }}>
        {check.report.title || check.report.slug}
      </h2>
      <dl
        aria-label={pick(t.summary, language)}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 24, margin: '0 0 24px' }}
      >
        {[
          [t.documents, check.summary.documents],
          [t.figures, check.summary.figures],
          [t.findings, check.summary.findings],
        ].map(([label, value]) => (
          <div key={pick(label as (typeof t)['documents'], language)}>
            <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(label as (typeof t)['documents'], language)}</dt>
            <dd style={{ fontSize: '1.6rem', fontWeight: 700, margin: 0 }}>{String(value)}</dd>
          </div>
        ))}
        <div>
          <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(t.checkedAt, language)}</dt>
          <dd style={{ margin: '0.4rem 0 0' }}>
            <time dateTime={check.checkedAt}>{when}</time>
          </dd>
        </div>
      </dl>
      {groups.length === 0 ? (
        <p
          role="status"
          style={{
            background: 'var(--theme-success-50)',
            borderLeft: '4px solid var(--theme-success-500)',
            margin: 0,
            padding: '12px 16px',
          }}
        >
          {`✓ ${pick(t.clean, language)}`}
        </p>
      ) : (
        groups.map((group) => <FindingsTable group={group} key={`${group.collection}-${group.href ?? group.title}`} language={language} req={req} />)
      )}
    </section>
  )
}

/**
 * `/admin/publicatiecontrole`: the report-wide figure check for editors. Runs the check in the
 * server component itself (no HTTP round trip) and lists what is wrong, document by document.
 */
export const PublicationCheckView = async (props: Props) => {
  const { datasets, initPageResult, params, searchParams } = props
  const { req } = initPageResult
  const language = toLanguage(req.i18n?.language)
  const adminRoute = req.payload.config.routes.admin
  const options = getKeyFiguresOptions(req.payload, datasets)

  if (!req.user) {
    const viewPath = `${adminRoute}/publicatiecontrole${datasets && datasets !== 'datasets' ? `-${datasets}` : ''}`
    const loginHref = `${adminRoute}/login?redirect=${encodeURIComponent(viewPath)}`
    return (
      <main style={{ margin: '10vh auto', maxWidth: 560, padding: 24 }}>
        <h1>{pick(t.noAccess, language)}</h1>
        <p>{pick(t.loginText, language)}</p>
        <p>
          <a href={loginHref}>{pick(t.login, language)}</a>
        </p>
      </main>
    )
  }

  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="publicationCheck"
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <div className="publication-check" style={{ paddingBottom: 48, paddingTop: 24 }}>
          <h1 style={{ margin: '0 0 8px' }}>{pick(t.title, language)}</h1>
          {children}
        </div>
      </Gutter>
    </DefaultTemplate>
  )

  if (!options) return template(<p role="alert">{pick(t.notConfigured, language)}</p>)
  if (!(await options.canCheck(req))) {
    return template(
      <div role="alert">
        <h2>{pick(t.noAccess, language)}</h2>
        <p>{pick(t.noAccessText, language)}</p>
      </div>,
    )
  }

  const { collection, slugField, titleField } = options.report
  const { docs: reports } = await req.payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 200,
    overrideAccess: true,
    pagination: false,
    req,
    select: { [slugField]: true, [titleField]: true } as never,
  })
  const reportList = (reports as Record<string, unknown>[])
    .map((report) => ({ slug: String(report[slugField] ?? ''), title: String(report[titleField] ?? report[slugField] ?? '') }))
    .filter((report) => report.slug)

  const chosen = firstString(searchParams?.report) || (reportList.length === 1 ? reportList[0].slug : '')
  // The slot other plugins fill (e.g. failed scheduled publishes): import-map paths of server
  // components, given the chosen report; this plugin knows nothing about what they show.
  const sectionPaths = ((req.payload.config.custom?.publicationCheckSections ?? []) as string[]).filter((path) => typeof path === 'string')
  const sections = chosen
    ? sectionPaths.map((path) => (
        <React.Fragment key={path}>
          {RenderServerComponent({ Component: path, importMap: req.payload.importMap, serverProps: { language, report: chosen, req } })}
        </React.Fragment>
      ))
    : []
  let result: React.ReactNode = <p>{pick(reportList.length === 0 ? t.noReports : t.chooseReport, language)}</p>
  if (chosen) {
    try {
      const check = await checkReport(chosen, req, options)
      result = <CheckResult check={check} language={language} options={options} req={req} />
    } catch (error) {
      if (!(error instanceof ReportNotFoundError)) throw error
      result = <p role="alert">{error.message}</p>
    }
  }

  return template(
    <>
      <p style={{ color: 'var(--theme-elevation-650)', margin: '0 0 24px', maxWidth: 760 }}>{pick(t.intro, language)}</p>
      {reportList.length > 0 ? (
        <nav aria-label={pick(t.reports, language)} style={{ marginBottom: 32 }}>
          <h2 style={{ fontSize: '1rem', margin: '0 0 8px' }}>{pick(t.reports, language)}</h2>
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
            {reportList.map((report) => {
              const current = report.slug === chosen
              return (
                <li key={report.slug}>
                  <a
                    aria-current={current ? 'page' : undefined}
                    href={`?report=${encodeURIComponent(report.slug)}`}
                    style={{
                      background: current ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-50)',
                      border: '1px solid var(--theme-elevation-200)',
                      borderRadius: 4,
                      color: current ? 'var(--theme-elevation-0)' : 'var(--theme-text)',
                      display: 'inline-block',
                      padding: '6px 12px',
                      textDecoration: 'none',
                    }}
                  >
                    {report.title}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
      ) : null}
      {result}
      {sections}
    </>,
  )
}
