'use client'
import { PublishButton as PayloadPublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { PUBLISHER_ROLES, type Role } from '../access/roles.ts'

/**
 * The publish button, shown only to those who may publish. For OPD staff it would only lead to a
 * refusal: their work goes to Kominfo as a draft (the server enforces this whatever the button says).
 */
export const PublishButton = (props: PublishButtonClientProps) => {
  const { user } = useAuth<{ role?: Role; active?: boolean }>()
  if (!user || user.active === false || !PUBLISHER_ROLES.includes(user.role as Role)) return null
  return <PayloadPublishButton {...props} />
}
