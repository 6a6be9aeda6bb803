/*
|--------------------------------------------------------------------------
| Ace entry point
|--------------------------------------------------------------------------
|
| Commands that touch the database reach the same embedded PostgreSQL as the
| dev server (joining it when it runs, starting it otherwise). Commands that
| never touch it (scaffolding, codegen, build, test) skip that step; the
| test runner starts its own throw-away database.
|
*/

await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')
const { ensureDotEnv, ensureLocalDatabase } = await import('./local.js')

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

const argv = process.argv.splice(2)
const command = argv.find((arg) => !arg.startsWith('-')) ?? 'list'
const NO_DATABASE =
  /^(list|help|test|build|codegen|configure|add|eject|generate:key|env:add|inspect:rcfile|make:.*)$/
const wantsHelp = argv.includes('--help') || argv.includes('-h')
if (command === 'db:seed') {
  const { takeSeedFlags } = await import('#database/seed_options')
  takeSeedFlags(argv)
}

ensureDotEnv()
const database = NO_DATABASE.test(command) || wantsHelp ? undefined : await ensureLocalDatabase()
if (database?.owned && command === 'serve') {
  console.log(`PostgreSQL (embedded) is running for this dev server: ${database.url}`)
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
  .ace()
  .handle(argv)
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
  .finally(async () => {
    if (command !== 'serve') {
      await database?.stop()
    }
  })
