import type { PayloadRequest } from 'payload'
import { t, type Lang, type Text } from '../schemas/index.ts'

/** Messages the CMS itself says (the standard's own messages live in schemas/). */
export const MESSAGES = {
  notFound: (collection: string, ids: string) => t(`Data ${collection} dengan id ${ids} tidak ditemukan`, `No ${collection} document with id ${ids}`),
  wrongFileType: (allowed: string) => t(`Jenis berkas tidak sesuai: harus ${allowed}`, `Wrong file type: must be ${allowed}`),
  notOwnOpd: t('Anda hanya dapat mengisi konten untuk OPD Anda sendiri', 'You can only write content for your own OPD'),
  provinceOnly: t('Konten tingkat provinsi hanya dapat diisi Kominfo: pilih OPD Anda', 'Province-level content is for Kominfo only: choose your OPD'),
  publishForbidden: t('Konten diterbitkan melalui alur kerja (ajukan, lalu penelaah Kominfo menerbitkan), bukan dengan menyimpan; simpan sebagai draf', 'Content is published through the workflow (submit, then a Kominfo reviewer publishes), not by saving; save it as a draft'),
  firstAdminFromCli: t('Akun pertama dibuat dari baris perintah: npm run create-admin -- --email ... --name ...', 'The first account is made on the command line: npm run create-admin -- --email ... --name ...'),
  oneAtATime: t('Konten diubah satu per satu (sebutkan id-nya)', 'Content is edited one document at a time (give its id)'),
  opdsRequired: t('Peran OPD wajib memiliki minimal satu OPD', 'OPD roles need at least one OPD'),
  fileTooLarge: (limitMb: number) => t(`Ukuran berkas melebihi batas ${limitMb} MB`, `The file is larger than the ${limitMb} MB limit`),
  fileDisguised: (declared: string) => t(`Isi berkas tidak sesuai dengan jenisnya (${declared})`, `The file's content does not match its type (${declared})`),
  fileMissing: t('Berkas wajib diunggah', 'A file must be uploaded'),
  altRequired: t('Teks alternatif gambar wajib diisi', 'Image alt text is required'),
  otherOpdsRecord: t('Data ini milik OPD lain dan tidak dapat dipakai di sini', "This record belongs to another OPD and cannot be used here"),
} as const

/** The admin language of the request; Bahasa Indonesia unless the user chose English. */
export const langOf = (req: Partial<Pick<PayloadRequest, 'i18n'>> | undefined): Lang => (req?.i18n?.language === 'en' ? 'en' : 'id')

export const say = (text: Text, req: Partial<Pick<PayloadRequest, 'i18n'>> | undefined) => text[langOf(req)]
