import * as migration_20261128_094313_initial from './20261128_094313_initial';

export const migrations = [
  {
    up: migration_20261128_094313_initial.up,
    down: migration_20261128_094313_initial.down,
    name: '20261128_094313_initial'
  },
];
