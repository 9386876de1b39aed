import { describe, expect, it } from 'vitest'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../cms/access/password.ts'
import { demoProvince } from '../../scripts/seed/data.ts'

describe('password policy (OWASP ASVS 2.1)', () => {
  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters, counting characters, not bytes`, () => {
    expect(passwordProblem('abc')).toBe('tooShort')
    expect(passwordProblem('ápel-jeruk1')).toBe('tooShort')
    expect(passwordProblem('x'.repeat(257))).toBe('tooLong')
  })

  it('refuses common and guessable passwords, in English and Indonesian', () => {
    for (const password of ['password1234', 'Password123!', 'qwertyuiop12', 'indonesia2026', 'rahasia123456', '123456789012']) expect(passwordProblem(password), password).toBe('common')
  })

  it("refuses the account's own email or name in it", () => {
    const owner = { email: 'budi.santoso@contoh.invalid', name: 'Budi Santoso' }
    expect(passwordProblem('budi.santoso-2026', owner)).toBe('personal')
    expect(passwordProblem('BudiSantoso!!2026', owner)).toBe('personal')
    // Guessable only because it is the owner's: zxcvbn weighs the owner's words like dictionary words.
    expect(passwordProblem('santoso2026!', owner)).toBe('personal')
    expect(passwordProblem('santoso2026!')).toBe(null)
  })

  it('takes passphrases, and every demo password passes for its own account', () => {
    expect(passwordProblem('sapi-merah-terbang-pagi')).toBe(null)
    for (const user of demoProvince(new Date()).users) expect(passwordProblem(user.password, user), user.email).toBe(null)
  })
})
