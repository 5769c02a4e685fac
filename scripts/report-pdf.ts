/**
 * npm run report:pdf -- --report <slug> --out <file.pdf> [--site <url>]
 * Prints the published report from the running site to a PDF, as the PDF edition job does.
 * Exit 0: written; 2: usage error, no Chromium, or the print failed.
 */
import { runReportPdf } from '../src/plugins/report-pdf/cli/reportPdf'
import { runCommand } from './lib/exit'

runCommand(runReportPdf)
