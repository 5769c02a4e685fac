import type { Plugin } from 'payload'

/** Every plugin the CMS runs with, in order. */
export const plugins: Plugin[] = []
