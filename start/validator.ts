/*
|--------------------------------------------------------------------------
| Validator defaults
|--------------------------------------------------------------------------
|
| Messages come from resources/lang/<locale>/validator.json through the
| request's i18n (see detect_user_locale_middleware).
|
*/

import vine, { SimpleErrorReporter } from '@vinejs/vine'

vine.errorReporter = () => new SimpleErrorReporter()
vine.convertEmptyStringsToNull = true
