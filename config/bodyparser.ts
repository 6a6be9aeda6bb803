import { defineConfig } from '@adonisjs/core/bodyparser'

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },
  /**
   * Multipart bodies are parsed only on the routes listed in `autoProcess`
   * (route patterns). Any other multipart request is left unread: nothing
   * is written to the temp directory for it. No route takes files yet; an
   * upload route goes here only when it sits behind auth, with its own size
   * limit, and deletes what it does not keep.
   */
  multipart: {
    autoProcess: [] as string[],
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    processManually: [],
    limit: '5mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
