import type { CollectionConfig } from 'payload'
import { ApiClients } from '../api/ApiClients.ts'
import { Webhooks } from '../api/Webhooks.ts'
import { AuditLog } from '../audit/AuditLog.ts'
import { Notifications } from '../notifications/Notifications.ts'
import { OpdRedirects } from '../restructure/Redirects.ts'
import { InformationRequests } from '../citizen/InformationRequests.ts'
import { Agencies } from './Agencies.ts'
import { BudgetRealisations } from './BudgetRealisations.ts'
import { ComplianceOverrides } from './ComplianceOverrides.ts'
import { ComplianceReports } from './ComplianceReports.ts'
import { Complaints } from './Complaints.ts'
import { Datasets } from './Datasets.ts'
import { Documents } from './Documents.ts'
import { EmergencyNotices } from './EmergencyNotices.ts'
import { Goals } from './Goals.ts'
import { LegalDocuments } from './LegalDocuments.ts'
import { LinkChecks } from './LinkChecks.ts'
import { Media } from './Media.ts'
import { News } from './News.ts'
import { OpdProfiles } from './OpdProfiles.ts'
import { Opds } from './Opds.ts'
import { PlanningDocuments } from './PlanningDocuments.ts'
import { PpidEntries } from './PpidEntries.ts'
import { PpidReports } from './PpidReports.ts'
import { Programmes } from './Programmes.ts'
import { Services } from './Services.ts'
import { SkmResults } from './SkmResults.ts'
import { Targets } from './Targets.ts'
import { Users } from './Users.ts'
import { Visions } from './Visions.ts'

/** Every collection, in the order the admin lists them within their groups. */
export const collections: CollectionConfig[] = [
  Opds,
  OpdRedirects,
  OpdProfiles,
  Visions,
  Goals,
  Targets,
  Programmes,
  PlanningDocuments,
  BudgetRealisations,
  Services,
  Agencies,
  SkmResults,
  PpidEntries,
  PpidReports,
  Complaints,
  InformationRequests,
  News,
  EmergencyNotices,
  LegalDocuments,
  Datasets,
  Media,
  Documents,
  Users,
  ComplianceReports,
  ComplianceOverrides,
  LinkChecks,
  Notifications,
  ApiClients,
  Webhooks,
  AuditLog,
]
