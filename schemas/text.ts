/** Text shown to people: Bahasa Indonesia first (what users read), English for the second admin language. */
export type Text = {
  id: string
  en: string
}

export const t = (id: string, en: string): Text => ({ id, en })

export type Lang = keyof Text
