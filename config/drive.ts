import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Where photos of news and achievements live. `fs` (default): the local
 * disk under storage/uploads (DRIVE_FS_ROOT), served by the app at
 * /media/* with a long cache (app/controllers/media_controller.ts). `s3`:
 * any S3-compatible bucket (AWS, R2, MinIO, Spaces) named by the S3_*
 * variables; the app still serves the files at /media/*, so pages and
 * the API keep one URL whatever the disk.
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', 'fs'),
  services: {
    fs: services.fs({
      location: app.makePath(env.get('DRIVE_FS_ROOT', 'storage/uploads')),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: {
        accessKeyId: env.get('S3_ACCESS_KEY_ID', ''),
        secretAccessKey: env.get('S3_SECRET_ACCESS_KEY', ''),
      },
      region: env.get('S3_REGION', 'auto'),
      bucket: env.get('S3_BUCKET', ''),
      endpoint: env.get('S3_ENDPOINT'),
      forcePathStyle: env.get('S3_FORCE_PATH_STYLE', false),
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
