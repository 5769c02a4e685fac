import * as migration_20261126_145508_initial from './20261126_145508_initial';
import * as migration_20261126_152410_key_figures from './20261126_152410_key_figures';
import * as migration_20261126_195804_workflow_imports_references from './20261126_195804_workflow_imports_references';

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
    name: '20261126_195804_workflow_imports_references'
  },
];
