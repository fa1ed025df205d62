/** The receiver's pieces as a library (dist/lib.mjs), for the tests and the benchmark. */
export {readConfig, type ReceiverConfig} from './config.js';
export {buildApp} from './app.js';
export {startReceiver, openStore} from './receiver.js';
export {validateSubmission} from './validation.js';
export {retryDelay} from './retry-schedule.js';
export {makeReference} from './reference.js';
export {validateValues, valuesOf, toSubmission, EMPTY_VALUES, LIMITS, ROLES, EMAIL_PATTERN, PHONE_PATTERN, ID_PATTERN} from '../../src/contact-form/contact-model.js';
export {teamEmail, acknowledgementEmail} from '../../src/contact-form/contact-email.js';
export {errorText} from '../../src/contact-form/contact-messages.js';
