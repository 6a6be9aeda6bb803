import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import { photoFiles } from '#services/photos'

/**
 * A real JPEG of a given size, made in memory
 */
export function jpeg(width = 640, height = 480) {
  return sharp({ create: { width, height, channels: 3, background: '#2a6fb0' } })
    .jpeg()
    .toBuffer()
}

/**
 * Whether both files of a photo key are on the drive
 */
export async function photoStored(key: string) {
  const found = await Promise.all(photoFiles(key).map((path) => drive.use().exists(path)))
  return found.every(Boolean)
}

export async function photoGone(key: string) {
  const found = await Promise.all(photoFiles(key).map((path) => drive.use().exists(path)))
  return found.every((exists) => !exists)
}

/**
 * Every stored file under a folder (to prove nothing was left behind)
 */
export async function storedFiles(folder: string) {
  const { objects } = await drive.use().listAll(folder, { recursive: true })
  return [...objects].filter((item) => item.isFile).map((item) => item.key)
}
