import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

/**
 * Indonesian is the club's language; English is the alternative.
 */
const i18nConfig = defineConfig({
  defaultLocale: 'id',
  supportedLocales: ['id', 'en'],
  fallbackLocales: { en: 'id' },
  formatter: formatters.icu(),
  loaders: [
    loaders.fs({
      location: app.languageFilesPath(),
    }),
  ],
})

export default i18nConfig
