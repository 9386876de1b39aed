import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

/** Whether a collection keeps drafts (and so goes through the review workflow). */
export const hasDrafts = (config: { versions?: unknown }): boolean =>
  Boolean(config.versions && typeof config.versions === 'object' && (config.versions as { drafts?: unknown }).drafts)

/** The collections under review, in configuration order. */
export const reviewedCollections = (payload: Payload): SanitizedCollectionConfig[] => Object.values(payload.collections).map((c) => c.config).filter(hasDrafts)

/** A collection's name for people (Bahasa Indonesia), e.g. "Layanan publik"; its slug if it has none. */
export const singularName = (config: SanitizedCollectionConfig | undefined, slug: string): string => {
  const label = config?.labels?.singular
  return typeof label === 'object' && label && 'id' in label ? String((label as Record<string, string>).id) : typeof label === 'string' ? label : slug
}

export const collectionConfig = (payload: Payload, slug: string) => payload.collections[slug as CollectionSlug]?.config
