/** The pure validation engine: parsing, formatting, derived figures, footing, checks. Needs only decimal.js, no Payload. */
export * from '../engine/index.ts'
