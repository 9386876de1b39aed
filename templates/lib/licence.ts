/** Where a reader sees each open licence, in Bahasa Indonesia where the licensor offers it. */
export const LICENCE_DEED = {
  cc_by_4_0: 'https://creativecommons.org/licenses/by/4.0/deed.id',
  cc0_1_0: 'https://creativecommons.org/publicdomain/zero/1.0/deed.id',
  odbl_1_0: 'https://opendatacommons.org/licenses/odbl/1-0/',
} as const
