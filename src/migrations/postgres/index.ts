import * as migration_20261126_145508_initial from './20261126_145508_initial';
import * as migration_20261126_152410_key_figures from './20261126_152410_key_figures';
import * as migration_20261126_195804_workflow_imports_references from './20261126_195804_workflow_imports_references';
import * as migration_20261207_015035_login_attempts from './20261207_015035_login_attempts';
import * as migration_20261207_023249_report_pdfs from './20261207_023249_report_pdfs';
import * as migration_20261207_031949_report_theme from './20261207_031949_report_theme';
import * as migration_20261207_051438_multi_servers from './20261207_051438_multi_servers';
import * as migration_20261207_063817_series_periods from './20261207_063817_series_periods';

export const migrations = [
  {
    up: migration_20261126_145508_initial.up,
    down: migration_20261126_145508_initial.down,
    name: '20261126_145508_initial',
  },
  {
    up: migration_20261126_152410_key_figures.up,
    down: migration_20261126_152410_key_figures.down,
    name: '20261126_152410_key_figures',
  },
  {
    up: migration_20261126_195804_workflow_imports_references.up,
    down: migration_20261126_195804_workflow_imports_references.down,
    name: '20261126_195804_workflow_imports_references',
  },
  {
    up: migration_20261207_015035_login_attempts.up,
    down: migration_20261207_015035_login_attempts.down,
    name: '20261207_015035_login_attempts',
  },
  {
    up: migration_20261207_023249_report_pdfs.up,
    down: migration_20261207_023249_report_pdfs.down,
    name: '20261207_023249_report_pdfs',
  },
  {
    up: migration_20261207_031949_report_theme.up,
    down: migration_20261207_031949_report_theme.down,
    name: '20261207_031949_report_theme',
  },
  {
    up: migration_20261207_051438_multi_servers.up,
    down: migration_20261207_051438_multi_servers.down,
    name: '20261207_051438_multi_servers',
  },
  {
    up: migration_20261207_063817_series_periods.up,
    down: migration_20261207_063817_series_periods.down,
    name: '20261207_063817_series_periods'
  },
];
