import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'

import type { PublicationCheckSectionProps, SanitizedKeyFiguresOptions } from '../../types.ts'

import { checkReport, ReportNotFoundError } from '../../server/checkReport.ts'
import { publicationCheckPath } from '../publicationCheckPath.ts'
import { pick, toLanguage } from '../texts.ts'
import { CheckResult } from './CheckResult.tsx'
import { CoverageSection } from './CoverageSection.tsx'
import { ReportChoice } from './ReportChoice.tsx'
import { t } from './texts.ts'

type Props = AdminViewServerProps & {
  /** The instance's options (server props the plugin registers the view with). */
  keyFiguresOptions: SanitizedKeyFiguresOptions
}

const firstString = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

/**
 * `/admin/publicatiecontrole`: the report-wide figure check for editors. Runs the check in the
 * server component itself (no HTTP round trip) and lists what is wrong, document by document,
 * then the sections other plugins add (`publicationCheckSections`) for the chosen report.
 */
export const PublicationCheckView = async (props: Props) => {
  const { initPageResult, keyFiguresOptions: options, params, searchParams } = props
  const { req } = initPageResult
  const language = toLanguage(req.i18n?.language)
  const adminRoute = req.payload.config.routes.admin

  if (!req.user) {
    const loginHref = `${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${publicationCheckPath(options)}`)}`
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
  // What other plugins add (e.g. failed scheduled publishes), given the chosen report; this view
  // knows nothing about what they show.
  const sectionProps: PublicationCheckSectionProps = { language, report: chosen, req }
  const sections = chosen
    ? options.publicationCheckSections.map((section, index) => (
        <React.Fragment key={index}>{RenderServerComponent({ Component: section, importMap: req.payload.importMap, serverProps: sectionProps })}</React.Fragment>
      ))
    : []
  let result: React.ReactNode = <p>{pick(reportList.length === 0 ? t.noReports : t.chooseReport, language)}</p>
  if (chosen) {
    try {
      const check = await checkReport(chosen, req, options)
      result = (
        <>
          <CheckResult check={check} language={language} options={options} req={req} />
          <CoverageSection language={language} options={options} report={chosen} req={req} />
        </>
      )
    } catch (error) {
      if (!(error instanceof ReportNotFoundError)) throw error
      result = <p role="alert">{error.message}</p>
    }
  }

  return template(
    <>
      <p style={{ color: 'var(--theme-elevation-650)', margin: '0 0 24px', maxWidth: 760 }}>{pick(t.intro, language)}</p>
      <ReportChoice chosen={chosen} language={language} reports={reportList} />
      {result}
      {sections}
    </>,
  )
}
