import { describe, expect, it } from 'vitest'
import { diff, HIDDEN, privatePaths } from '../../cms/audit/record.ts'
import { InformationRequests } from '../../cms/citizen/InformationRequests.ts'
import { Complaints } from '../../cms/collections/Complaints.ts'

const SECRET = 'Siti Rahasia 3601014512900001'

describe('audit diff: private fields only as changed', () => {
  it('takes the private paths from the schema (complaints) and from fields marked personal (requests)', () => {
    expect(privatePaths(Complaints)).toEqual(['message', 'reporter'])
    expect(privatePaths(InformationRequests)).toEqual(['applicant', 'objection.explanation'])
  })

  it('hides a private value inside a group recorded whole, before a long value is shortened', () => {
    const after = { status: 'objected', objection: { ground: 'd', explanation: `${'x'.repeat(3000)} ${SECRET}` }, applicant: { name: SECRET } }
    const changes = diff(undefined, after, '', privatePaths(InformationRequests))
    expect(JSON.stringify(changes)).not.toContain('Siti')
    expect(changes).toEqual(expect.arrayContaining([{ field: 'objection', before: null, after: { ground: 'd', explanation: HIDDEN } }, { field: 'applicant', before: null, after: HIDDEN, redacted: true }]))
  })

  it('says which private field changed, and whether it was or became empty', () => {
    const before = { message: 'Isi lama yang pribadi', reporter: { name: SECRET, email: 'siti@contoh.invalid', phone: null } }
    const after = { message: 'Isi lama yang pribadi', reporter: { name: '[dihapus]', email: null, phone: null } }
    expect(diff(before, after, '', privatePaths(Complaints))).toEqual([
      { field: 'reporter.name', before: HIDDEN, after: HIDDEN, redacted: true },
      { field: 'reporter.email', before: HIDDEN, after: null, redacted: true },
    ])
    // Other collections' values stay as they were.
    expect(diff({ statement: 'a' }, { statement: 'b' })).toEqual([{ field: 'statement', before: 'a', after: 'b' }])
  })
})
