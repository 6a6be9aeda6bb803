import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import env from '#start/env'
import DomainError from '#exceptions/domain_error'
import { appPathFor } from '#services/app_url'

/**
 * Photos of news, achievements and the club's logo, through
 * @adonisjs/drive (config/drive.ts). An upload is judged by its content,
 * not its name: sharp must read it as JPEG, PNG or WebP. Each photo is
 * stored under a generated key as two WebP files, a display size and a
 * thumbnail:
 *
 *   news/3f0c….webp        at most 1600 px wide
 *   news/3f0c…-thumb.webp  480 × 320, cropped
 *
 * The key (without suffix) is what a row keeps in `photo_key`.
 */

export type PhotoFolder = 'news' | 'achievements' | 'club'

export const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const
export const PHOTO_EXTNAMES = ['jpg', 'jpeg', 'png', 'webp']

/**
 * The largest photo accepted, in megabytes (UPLOAD_MAX_MB, default 8); the
 * multipart stream of an upload route stops one megabyte later (413)
 */
export const uploadMaxMb = env.get('UPLOAD_MAX_MB', 8)
export const uploadMaxBytes = uploadMaxMb * 1024 * 1024

const DISPLAY_WIDTH = 1600
const THUMB = { width: 480, height: 320 }
const MAX_PIXELS = 50_000_000

const displayPath = (key: string) => `${key}.webp`
const thumbPath = (key: string) => `${key}-thumb.webp`

/**
 * Reads and checks an uploaded file: size and content. Throws 422
 * PHOTO_TOO_LARGE or PHOTO_INVALID on `field`.
 */
async function decode(file: MultipartFile, field: string) {
  if (file.size > uploadMaxBytes) {
    throw new DomainError('PHOTO_TOO_LARGE', { field, params: { max: uploadMaxMb } })
  }
  if (!file.tmpPath) {
    throw new DomainError('PHOTO_INVALID', { field })
  }
  const buffer = await readFile(file.tmpPath)
  try {
    const metadata = await sharp(buffer, { limitInputPixels: MAX_PIXELS }).metadata()
    if (!PHOTO_FORMATS.includes(metadata.format as (typeof PHOTO_FORMATS)[number])) {
      throw new Error(`format ${metadata.format}`)
    }
  } catch {
    throw new DomainError('PHOTO_INVALID', { field })
  }
  return buffer
}

/**
 * Stores an uploaded photo and answers its key. Nothing stays on the disk
 * when any step fails.
 */
export async function storePhoto(file: MultipartFile, folder: PhotoFolder, field = 'photo') {
  const buffer = await decode(file, field)
  const key = `${folder}/${randomUUID()}`
  const disk = drive.use()
  try {
    const image = sharp(buffer, { limitInputPixels: MAX_PIXELS }).rotate()
    const [display, thumb] = await Promise.all([
      image
        .clone()
        .resize({ width: DISPLAY_WIDTH, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer(),
      image
        .clone()
        .resize({ ...THUMB, fit: 'cover' })
        .webp({ quality: 78 })
        .toBuffer(),
    ])
    await disk.put(displayPath(key), display, { contentType: 'image/webp' })
    await disk.put(thumbPath(key), thumb, { contentType: 'image/webp' })
  } catch (error) {
    await deletePhoto(key)
    if (error instanceof DomainError) throw error
    throw new DomainError('PHOTO_INVALID', { field })
  }
  return key
}

/**
 * Deletes both files of a photo; a missing file is not an error
 */
export async function deletePhoto(key: string | null | undefined) {
  if (!key) return
  const disk = drive.use()
  await Promise.all(
    [displayPath(key), thumbPath(key)].map((path) =>
      disk.delete(path).catch((error) => logger.warn({ err: error, path }, 'photo not deleted'))
    )
  )
}

/**
 * Both files' paths of a key, for checks and clean-ups
 */
export function photoFiles(key: string) {
  return [displayPath(key), thumbPath(key)]
}

/**
 * The app's URLs of a photo (served by MediaController), or null
 */
export function photoUrls(key: string | null | undefined) {
  if (!key) return null
  return {
    url: appPathFor('media.show', { '*': displayPath(key).split('/') }),
    thumb_url: appPathFor('media.show', { '*': thumbPath(key).split('/') }),
  }
}

/**
 * A stored file's bytes for the media route, or null when it does not
 * exist. Only the generated names are served.
 */
const SERVED = /^(news|achievements|club)\/[0-9a-f-]{36}(-thumb)?\.webp$/

export async function readPhoto(path: string) {
  if (!SERVED.test(path)) return null
  const disk = drive.use()
  if (!(await disk.exists(path))) return null
  return disk.getBytes(path)
}
