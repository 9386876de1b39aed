import * as migration_20261128_092601_initial from './20261128_092601_initial';

export const migrations = [
  {
    up: migration_20261128_092601_initial.up,
    down: migration_20261128_092601_initial.down,
    name: '20261128_092601_initial'
  },
];
