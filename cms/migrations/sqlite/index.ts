import * as migration_20261128_094313_initial from './20261128_094313_initial';
import * as migration_20261128_100836_complaint_ticket_unique from './20261128_100836_complaint_ticket_unique';
import * as migration_20261128_105658_graphql_safe_licence from './20261128_105658_graphql_safe_licence';
import * as migration_20261128_115345_site_rebuild_jobs from './20261128_115345_site_rebuild_jobs';
import * as migration_20261128_131918_compliance_history from './20261128_131918_compliance_history';
import * as migration_20261128_133303_compliance_overrides from './20261128_133303_compliance_overrides';
import * as migration_20261128_144153_link_checks from './20261128_144153_link_checks';
import * as migration_20261128_150437_editorial_workflow from './20261128_150437_editorial_workflow';
import * as migration_20261128_175731_opd_restructuring from './20261128_175731_opd_restructuring';
import * as migration_20261128_182253_citizen_channels from './20261128_182253_citizen_channels';
import * as migration_20261128_185405_information_requests from './20261128_185405_information_requests';
import * as migration_20261128_190046_personal_data_erased from './20261128_190046_personal_data_erased';
import * as migration_20261128_190355_request_outcome from './20261128_190355_request_outcome';
import * as migration_20261128_205020_api_clients_webhooks from './20261128_205020_api_clients_webhooks';
import * as migration_20261207_232732_audit_restored_version from './20261207_232732_audit_restored_version';
import * as migration_20261207_234747_accounts_reset_interval from './20261207_234747_accounts_reset_interval';

export const migrations = [
  {
    up: migration_20261128_094313_initial.up,
    down: migration_20261128_094313_initial.down,
    name: '20261128_094313_initial',
  },
  {
    up: migration_20261128_100836_complaint_ticket_unique.up,
    down: migration_20261128_100836_complaint_ticket_unique.down,
    name: '20261128_100836_complaint_ticket_unique',
  },
  {
    up: migration_20261128_105658_graphql_safe_licence.up,
    down: migration_20261128_105658_graphql_safe_licence.down,
    name: '20261128_105658_graphql_safe_licence',
  },
  {
    up: migration_20261128_115345_site_rebuild_jobs.up,
    down: migration_20261128_115345_site_rebuild_jobs.down,
    name: '20261128_115345_site_rebuild_jobs',
  },
  {
    up: migration_20261128_131918_compliance_history.up,
    down: migration_20261128_131918_compliance_history.down,
    name: '20261128_131918_compliance_history',
  },
  {
    up: migration_20261128_133303_compliance_overrides.up,
    down: migration_20261128_133303_compliance_overrides.down,
    name: '20261128_133303_compliance_overrides',
  },
  {
    up: migration_20261128_144153_link_checks.up,
    down: migration_20261128_144153_link_checks.down,
    name: '20261128_144153_link_checks',
  },
  {
    up: migration_20261128_150437_editorial_workflow.up,
    down: migration_20261128_150437_editorial_workflow.down,
    name: '20261128_150437_editorial_workflow',
  },
  {
    up: migration_20261128_175731_opd_restructuring.up,
    down: migration_20261128_175731_opd_restructuring.down,
    name: '20261128_175731_opd_restructuring',
  },
  {
    up: migration_20261128_182253_citizen_channels.up,
    down: migration_20261128_182253_citizen_channels.down,
    name: '20261128_182253_citizen_channels',
  },
  {
    up: migration_20261128_185405_information_requests.up,
    down: migration_20261128_185405_information_requests.down,
    name: '20261128_185405_information_requests',
  },
  {
    up: migration_20261128_190046_personal_data_erased.up,
    down: migration_20261128_190046_personal_data_erased.down,
    name: '20261128_190046_personal_data_erased',
  },
  {
    up: migration_20261128_190355_request_outcome.up,
    down: migration_20261128_190355_request_outcome.down,
    name: '20261128_190355_request_outcome',
  },
  {
    up: migration_20261128_205020_api_clients_webhooks.up,
    down: migration_20261128_205020_api_clients_webhooks.down,
    name: '20261128_205020_api_clients_webhooks',
  },
  {
    up: migration_20261207_232732_audit_restored_version.up,
    down: migration_20261207_232732_audit_restored_version.down,
    name: '20261207_232732_audit_restored_version',
  },
  {
    up: migration_20261207_234747_accounts_reset_interval.up,
    down: migration_20261207_234747_accounts_reset_interval.down,
    name: '20261207_234747_accounts_reset_interval'
  },
];
