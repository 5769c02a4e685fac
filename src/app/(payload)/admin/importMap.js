import { StaleBanner as StaleBanner_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FigureStatus as FigureStatus_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { InlineFigureLabel as InlineFigureLabel_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FigureRowLabel as FigureRowLabel_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { AuditTrail as AuditTrail_9122e17217c960372b41b7f3ffbfea6a } from '@jaarverslag/publication-workflow/client'
import { FigureCheckSummary as FigureCheckSummary_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { WorkflowState as WorkflowState_9122e17217c960372b41b7f3ffbfea6a } from '@jaarverslag/publication-workflow/client'
import { RollForwardButton as RollForwardButton_a370bd41e2e03c50e3f45958ca5fc686 } from '../../../plugins/roll-forward/components/RollForwardButton'
import { PublishControl as PublishControl_ac0a3738cc6a126b825cfcbc88ef6859 } from '@jaarverslag/publication-workflow/rsc'
import { SectionSelect as SectionSelect_9c4170ce7a310dbcc405a70cbe12b3ce } from '../../../admin/SectionSelect'
import { FootingRowLabel as FootingRowLabel_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { DatasetImport as DatasetImport_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { RecordValueCell as RecordValueCell_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { RecordValuePrinted as RecordValuePrinted_7d80b948980993187ec0ab7f4ed7c86d } from '@jaarverslag/key-figures/client'
import { PublicationCheckNavLink as PublicationCheckNavLink_62ef34cc722faa0f880e948c07838797 } from '@jaarverslag/key-figures/rsc'
import { Dashboard as Dashboard_b1da18705623495fe0da513a008df5f5 } from '../../../admin/Dashboard'
import { PublicationCheckView as PublicationCheckView_62ef34cc722faa0f880e948c07838797 } from '@jaarverslag/key-figures/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { ScheduledFailuresSection as ScheduledFailuresSection_ac0a3738cc6a126b825cfcbc88ef6859 } from '@jaarverslag/publication-workflow/rsc'
import { FigureProgressSection as FigureProgressSection_ca1bf217b10a8f7d38b022d7dcf0e6fc } from '../../../plugins/roll-forward/components/FigureProgressSection'

/** @type import('payload').ImportMap */
export const importMap = {
  "@jaarverslag/key-figures/client#StaleBanner": StaleBanner_7d80b948980993187ec0ab7f4ed7c86d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@jaarverslag/key-figures/client#FigureStatus": FigureStatus_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/key-figures/client#InlineFigureLabel": InlineFigureLabel_7d80b948980993187ec0ab7f4ed7c86d,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@jaarverslag/key-figures/client#FigureRowLabel": FigureRowLabel_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/publication-workflow/client#AuditTrail": AuditTrail_9122e17217c960372b41b7f3ffbfea6a,
  "@jaarverslag/key-figures/client#FigureCheckSummary": FigureCheckSummary_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/publication-workflow/client#WorkflowState": WorkflowState_9122e17217c960372b41b7f3ffbfea6a,
  "/plugins/roll-forward/components/RollForwardButton#RollForwardButton": RollForwardButton_a370bd41e2e03c50e3f45958ca5fc686,
  "@jaarverslag/publication-workflow/rsc#PublishControl": PublishControl_ac0a3738cc6a126b825cfcbc88ef6859,
  "/admin/SectionSelect#SectionSelect": SectionSelect_9c4170ce7a310dbcc405a70cbe12b3ce,
  "@jaarverslag/key-figures/client#FootingRowLabel": FootingRowLabel_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/key-figures/client#DatasetImport": DatasetImport_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/key-figures/client#RecordValueCell": RecordValueCell_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/key-figures/client#RecordValuePrinted": RecordValuePrinted_7d80b948980993187ec0ab7f4ed7c86d,
  "@jaarverslag/key-figures/rsc#PublicationCheckNavLink": PublicationCheckNavLink_62ef34cc722faa0f880e948c07838797,
  "/admin/Dashboard#Dashboard": Dashboard_b1da18705623495fe0da513a008df5f5,
  "@jaarverslag/key-figures/rsc#PublicationCheckView": PublicationCheckView_62ef34cc722faa0f880e948c07838797,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "@jaarverslag/publication-workflow/rsc#ScheduledFailuresSection": ScheduledFailuresSection_ac0a3738cc6a126b825cfcbc88ef6859,
  "/plugins/roll-forward/components/FigureProgressSection#FigureProgressSection": FigureProgressSection_ca1bf217b10a8f7d38b022d7dcf0e6fc
}
