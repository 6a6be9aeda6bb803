import { configApp } from '@adonisjs/eslint-config'
export default configApp({
  ignores: ['.adonisjs/**', 'build/**', 'tmp/**', 'public/vendor/**', 'database/schema.ts'],
})
