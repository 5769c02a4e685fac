import * as migration_20261126_145505_initial from './20261126_145505_initial';

export const migrations = [
  {
    up: migration_20261126_145505_initial.up,
    down: migration_20261126_145505_initial.down,
    name: '20261126_145505_initial'
  },
];
