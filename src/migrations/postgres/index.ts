import * as migration_20261126_145508_initial from './20261126_145508_initial';
import * as migration_20261126_152410_key_figures from './20261126_152410_key_figures';

export const migrations = [
  {
    up: migration_20261126_145508_initial.up,
    down: migration_20261126_145508_initial.down,
    name: '20261126_145508_initial',
  },
  {
    up: migration_20261126_152410_key_figures.up,
    down: migration_20261126_152410_key_figures.down,
    name: '20261126_152410_key_figures'
  },
];
