import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { collections } from './collections/index.ts'
import { Users } from './collections/Users.ts'
import { complianceEndpoint, complianceHistoryEndpoint } from './compliance/endpoint.ts'
import { database } from './database.ts'
import { emailAdapter } from './email.ts'
import { Province } from './globals/Province.ts'
import { reviewQueueEndpoint } from './workflow/queue.ts'
import { WorkflowSettings } from './workflow/Settings.ts'
import { CitizenSettings } from './citizen/Settings.ts'
import { complaintEndpoint, complaintStatusEndpoint } from './citizen/intake.ts'
import { complaintStatsEndpoint, requestReportEndpoint, requestStatsEndpoint } from './citizen/stats.ts'
import { objectionEndpoint, requestEndpoint, requestStatusEndpoint } from './citizen/requests.ts'
import { sheetImportEndpoint, sheetTemplateEndpoint } from './exchange/sheetEndpoint.ts'
import { GRAPHQL_MAX_COST } from '../schemas/api.ts'
import { graphqlValidationRules } from './graphql/rules.ts'
import { jobs } from './jobs/index.ts'
import { cmsOrigins } from './api/origin.ts'
import { rootDir } from './paths.ts'

const secret = process.env.PAYLOAD_SECRET
if (!secret) throw new Error('PAYLOAD_SECRET is not set: `npm start` generates one in data/; in production set it in the environment')

export default buildConfig({
  secret,
  serverURL: process.env.SERVER_URL ?? '',
  // A session cookie counts only on requests from the CMS's own origins (Payload ignores it from any other
  // Origin); the sites are not among them: their forms post without a session (cms/api/origin.ts).
  csrf: cmsOrigins(),
  cors: cmsOrigins(),
  db: database(),
  // Rich text holds text and links only: files and records go in fields, where access, OPD ownership and
  // file visibility are checked (an upload or relationship node inside text would bypass those).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => feature.key !== 'upload' && feature.key !== 'relationship') }),
  email: emailAdapter,
  sharp,
  admin: {
    user: Users.slug,
    // Gravatar would call out to the internet for every account picture.
    avatar: 'default',
    components: {
      beforeDashboard: ['/components/ComplianceDashboard.tsx#ComplianceDashboard'],
      views: {
        reviewQueue: { Component: '/components/ReviewQueue.tsx#ReviewQueue', path: '/antrean-telaah', exact: true },
        restructure: { Component: '/components/Restructure.tsx#Restructure', path: '/restrukturisasi-opd', exact: true },
        skmImport: { Component: '/components/SkmImport.tsx#SkmImport', path: '/impor-skm', exact: true },
        dataImport: { Component: '/components/DataImport.tsx#DataImport', path: '/impor-data', exact: true },
      },
    },
    meta: { titleSuffix: ' | Portal OPD' },
    // The drift test writes both generated files elsewhere (PAYLOAD_IMPORT_MAP_FILE, PAYLOAD_TYPES_FILE) and compares.
    importMap: { baseDir: `${rootDir}/cms`, importMapFile: process.env.PAYLOAD_IMPORT_MAP_FILE ?? `${rootDir}/cms/app/(payload)/admin/importMap.js` },
  },
  i18n: {
    supportedLanguages: { id, en },
    fallbackLanguage: 'id',
  },
  collections,
  globals: [Province, WorkflowSettings, CitizenSettings],
  // Publishing queues a rebuild of the sites that show the change (cms/jobs, sites/lib/builder.ts).
  jobs,
  endpoints: [complianceEndpoint, complianceHistoryEndpoint, reviewQueueEndpoint, complaintEndpoint, complaintStatusEndpoint, complaintStatsEndpoint, requestStatsEndpoint, requestReportEndpoint, requestEndpoint, requestStatusEndpoint, objectionEndpoint, sheetImportEndpoint, sheetTemplateEndpoint],
  graphQL: {
    // Payload's own rule counts no list sizes; it stays as a bound never tighter than ours (cms/graphql/rules.ts).
    maxComplexity: GRAPHQL_MAX_COST,
    disablePlaygroundInProduction: true,
    validationRules: graphqlValidationRules,
  },
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  typescript: { outputFile: process.env.PAYLOAD_TYPES_FILE ?? `${rootDir}/cms/payload-types.ts` },
  telemetry: false,
  // Validation errors are the users' business, not the operator's: keep the log for what needs attention.
  logger: { options: { level: process.env.LOG_LEVEL ?? 'warn' } },
})
