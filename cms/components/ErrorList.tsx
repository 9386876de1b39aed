'use client'

/** Problems an admin form was refused for, under a heading that says what did (not) happen. */
export const ErrorList = ({ heading, errors }: { heading: string; errors: string[] }) =>
  errors.length === 0 ? null : (
    <div role="alert">
      <strong>{heading}</strong>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  )
