import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { deletePhoto, storePhoto, type PhotoFolder } from '#services/photos'

/**
 * A row write with an optional new photo, so that no file outlives a
 * failed save and no replaced file outlives a successful one:
 *
 *   1. the new photo is stored first (refused content stops here);
 *   2. `save` writes the row with the new key;
 *   3. failure: the new files are deleted; success: the old ones are.
 */
export async function withPhoto<T>(
  options: {
    file: MultipartFile | null | undefined
    folder: PhotoFolder
    field?: string
    current: string | null
    remove?: boolean
  },
  save: (photoKey: string | null) => Promise<T>
): Promise<T> {
  const stored = options.file ? await storePhoto(options.file, options.folder, options.field) : null
  const next = stored ?? (options.remove ? null : options.current)
  let result: T
  try {
    result = await save(next)
  } catch (error) {
    await deletePhoto(stored)
    throw error
  }
  if (options.current && options.current !== next) await deletePhoto(options.current)
  return result
}
