import type { Config, Plugin } from 'payload'

import type { RollForwardOptions, RollForwardPluginOptions } from './types'

import { rollForwardEndpoint } from './endpoints/rollForwardEndpoint'

export { rollForwardReport, RollForwardError, type AfterWrite, type RollForwardResult } from './server/rollForward'
export type { RollForwardOptions, RollForwardPluginOptions } from './types'

export const sanitizeRollForwardOptions = (options: RollForwardPluginOptions | RollForwardOptions): RollForwardOptions =>
  Object.freeze({
    auditLogSlug: 'audit-log',
    canRollForward: () => false,
    ...options,
  })

/**
 * Next year's report from this year's (`roll-forward`): the endpoint and the button on a report
 * in the admin. The work itself is `rollForwardReport` (server/rollForward.ts) over the pure plan
 * (plan.ts); `npm run report:rollforward` runs the same.
 */
export const rollForwardPlugin =
  (pluginOptions: RollForwardPluginOptions | RollForwardOptions): Plugin =>
  (config: Config): Config => {
    const options = sanitizeRollForwardOptions(pluginOptions)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug !== options.collections.reports
          ? collection
          : {
              ...collection,
              admin: {
                ...collection.admin,
                components: {
                  ...collection.admin?.components,
                  edit: {
                    ...collection.admin?.components?.edit,
                    beforeDocumentControls: [
                      ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                      '/plugins/roll-forward/components/RollForwardButton#RollForwardButton',
                    ],
                  },
                },
              },
            },
      ),
      endpoints: [...(config.endpoints ?? []), rollForwardEndpoint(options)],
    }
  }
