import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

const ROLES = ['admin', 'coach', 'member'] as const

/**
 * Messages for the terminal: what to fix, in plain words
 */
const MESSAGES = {
  'required': 'The {{ field }} is required',
  'name.minLength': 'The name must have at least {{ min }} characters',
  'name.maxLength': 'The name must have at most {{ max }} characters',
  'email.email': 'The email must be a valid email address',
  'email.database.unique': 'A user with this email already exists',
  'password.minLength': 'The password must have at least {{ min }} characters',
  'password.maxLength': 'The password must have at most {{ max }} characters',
  'password.regex': 'The password must contain at least one letter and one digit',
  'role.enum': 'The role must be one of: admin, coach, member',
}

/**
 * Creates an account of any role, typically the first admin of a new
 * club. Goes through the same validator and action as POST /admin/users.
 */
export default class UserCreate extends BaseCommand {
  static commandName = 'user:create'
  static description = 'Create an account (admin, coach or member); the password is prompted'
  static help = [
    'Asks for the password twice with a hidden prompt:',
    '  {{ binaryName }} user:create --role=admin --email=admin@club.test --name="Ayu Lestari"',
    '',
    'In scripts, send the password on standard input instead:',
    '  printf "%s" "$PASSWORD" | {{ binaryName }} user:create --role=coach --email=… --name=… --password-stdin',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({ description: 'admin, coach or member' })
  declare role?: string

  @flags.string({ description: 'Email address, used to sign in' })
  declare email?: string

  @flags.string({ description: 'Full name' })
  declare name?: string

  @flags.boolean({
    flagName: 'password-stdin',
    description: 'Read the password from standard input instead of prompting',
  })
  declare passwordStdin?: boolean

  /**
   * Where --password-stdin reads from
   */
  stdin: NodeJS.ReadableStream = process.stdin

  protected fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }

  /**
   * A value from its flag, else asked for (never when the password comes
   * from standard input: then nobody is there to answer)
   */
  protected async resolve(flag: 'name' | 'email' | 'role') {
    if (this[flag] !== undefined) {
      return this[flag]!.trim()
    }
    if (this.passwordStdin) {
      this.fail(`--${flag} is required with --password-stdin`)
      return undefined
    }
    if (flag === 'role') {
      return this.prompt.choice('Role', ROLES)
    }
    const answer = await this.prompt.ask(flag === 'name' ? 'Full name' : 'Email')
    return answer.trim()
  }

  protected async readStdin() {
    let input = ''
    for await (const chunk of this.stdin) {
      input += chunk.toString()
    }
    return input.replace(/\r?\n$/, '')
  }

  protected async readPassword() {
    if (this.passwordStdin) {
      const password = await this.readStdin()
      if (!password) {
        this.fail('No password on standard input')
        return undefined
      }
      return password
    }

    const password = await this.prompt.secure('Password')
    const confirmation = await this.prompt.secure('Repeat the password')
    if (password !== confirmation) {
      this.fail('The passwords do not match')
      return undefined
    }
    return password
  }

  async run() {
    const { default: User } = await import('#models/user')
    const { createUser } = await import('#actions/users/save_user')
    const { createUserValidator } = await import('#validators/user')
    const { errors, SimpleMessagesProvider } = await import('@vinejs/vine')

    const role = await this.resolve('role')
    if (role === undefined) return
    if (!ROLES.includes(role as (typeof ROLES)[number])) {
      return this.fail(`Unknown role "${role}": use admin, coach or member`)
    }

    const email = await this.resolve('email')
    if (email === undefined) return
    if (await User.findBy('email', email)) {
      return this.fail(`A user with the email ${email} already exists`)
    }

    const name = await this.resolve('name')
    if (name === undefined) return

    const password = await this.readPassword()
    if (password === undefined) return

    let input
    try {
      input = await createUserValidator.validate(
        { name, email, role, password },
        { messagesProvider: new SimpleMessagesProvider(MESSAGES) }
      )
    } catch (error) {
      if (error instanceof errors.E_VALIDATION_ERROR) {
        for (const { message } of error.messages as { message: string }[]) {
          this.logger.error(message)
        }
        this.exitCode = 1
        return
      }
      throw error
    }

    try {
      const user = await createUser({ ...input, status: 'active' })
      this.logger.success(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id})`)
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        return this.fail(`A user with the email ${email} already exists`)
      }
      throw error
    }
  }
}
