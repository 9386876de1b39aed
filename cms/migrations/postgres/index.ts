import * as migration_20261128_094320_initial from './20261128_094320_initial';
import * as migration_20261128_100842_complaint_ticket_unique from './20261128_100842_complaint_ticket_unique';
import * as migration_20261128_105658_graphql_safe_licence from './20261128_105658_graphql_safe_licence';
import * as migration_20261128_115354_site_rebuild_jobs from './20261128_115354_site_rebuild_jobs';
import * as migration_20261128_131924_compliance_history from './20261128_131924_compliance_history';
import * as migration_20261128_133309_compliance_overrides from './20261128_133309_compliance_overrides';
import * as migration_20261128_144158_link_checks from './20261128_144158_link_checks';
import * as migration_20261128_150442_editorial_workflow from './20261128_150442_editorial_workflow';
import * as migration_20261128_175743_opd_restructuring from './20261128_175743_opd_restructuring';
import * as migration_20261128_182305_citizen_channels from './20261128_182305_citizen_channels';
import * as migration_20261128_183005_complaint_rule from './20261128_183005_complaint_rule';
import * as migration_20261128_185418_information_requests from './20261128_185418_information_requests';
import * as migration_20261128_190102_personal_data_erased from './20261128_190102_personal_data_erased';
import * as migration_20261128_190408_request_outcome from './20261128_190408_request_outcome';
import * as migration_20261128_205030_api_clients_webhooks from './20261128_205030_api_clients_webhooks';
import * as migration_20261207_232742_audit_restored_version from './20261207_232742_audit_restored_version';
import * as migration_20261207_234758_accounts_reset_interval from './20261207_234758_accounts_reset_interval';

export const migrations = [
  {
    up: migration_20261128_094320_initial.up,
    down: migration_20261128_094320_initial.down,
    name: '20261128_094320_initial',
  },
  {
    up: migration_20261128_100842_complaint_ticket_unique.up,
    down: migration_20261128_100842_complaint_ticket_unique.down,
    name: '20261128_100842_complaint_ticket_unique',
  },
  {
    up: migration_20261128_105658_graphql_safe_licence.up,
    down: migration_20261128_105658_graphql_safe_licence.down,
    name: '20261128_105658_graphql_safe_licence',
  },
  {
    up: migration_20261128_115354_site_rebuild_jobs.up,
    down: migration_20261128_115354_site_rebuild_jobs.down,
    name: '20261128_115354_site_rebuild_jobs',
  },
  {
    up: migration_20261128_131924_compliance_history.up,
    down: migration_20261128_131924_compliance_history.down,
    name: '20261128_131924_compliance_history',
  },
  {
    up: migration_20261128_133309_compliance_overrides.up,
    down: migration_20261128_133309_compliance_overrides.down,
    name: '20261128_133309_compliance_overrides',
  },
  {
    up: migration_20261128_144158_link_checks.up,
    down: migration_20261128_144158_link_checks.down,
    name: '20261128_144158_link_checks',
  },
  {
    up: migration_20261128_150442_editorial_workflow.up,
    down: migration_20261128_150442_editorial_workflow.down,
    name: '20261128_150442_editorial_workflow',
  },
  {
    up: migration_20261128_175743_opd_restructuring.up,
    down: migration_20261128_175743_opd_restructuring.down,
    name: '20261128_175743_opd_restructuring',
  },
  {
    up: migration_20261128_182305_citizen_channels.up,
    down: migration_20261128_182305_citizen_channels.down,
    name: '20261128_182305_citizen_channels',
  },
  {
    up: migration_20261128_183005_complaint_rule.up,
    down: migration_20261128_183005_complaint_rule.down,
    name: '20261128_183005_complaint_rule',
  },
  {
    up: migration_20261128_185418_information_requests.up,
    down: migration_20261128_185418_information_requests.down,
    name: '20261128_185418_information_requests',
  },
  {
    up: migration_20261128_190102_personal_data_erased.up,
    down: migration_20261128_190102_personal_data_erased.down,
    name: '20261128_190102_personal_data_erased',
  },
  {
    up: migration_20261128_190408_request_outcome.up,
    down: migration_20261128_190408_request_outcome.down,
    name: '20261128_190408_request_outcome',
  },
  {
    up: migration_20261128_205030_api_clients_webhooks.up,
    down: migration_20261128_205030_api_clients_webhooks.down,
    name: '20261128_205030_api_clients_webhooks',
  },
  {
    up: migration_20261207_232742_audit_restored_version.up,
    down: migration_20261207_232742_audit_restored_version.down,
    name: '20261207_232742_audit_restored_version',
  },
  {
    up: migration_20261207_234758_accounts_reset_interval.up,
    down: migration_20261207_234758_accounts_reset_interval.down,
    name: '20261207_234758_accounts_reset_interval'
  },
];
