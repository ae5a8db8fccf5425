import { expect, test } from 'vitest';
import { validateSetup, type SetupForm } from '../../../../client/auth/validateSetup.js';

const good: SetupForm = {
  organisationName: 'Klippeø Kommune, Jobcenter',
  organisationKind: 'kommune',
  displayName: 'Mette Holm',
  email: 'Mette@Klippeo.dk ',
  password: 'en lang og god sætning',
  passwordAgain: 'en lang og god sætning',
};

test('a complete form has no problems (the e-mail is trimmed and lower-cased as the server does)', () => {
  expect(validateSetup(good)).toEqual({});
});

test('an empty form has one problem per field', () => {
  expect(
    validateSetup({
      organisationName: ' ',
      organisationKind: null,
      displayName: '',
      email: '',
      password: '',
      passwordAgain: '',
    }),
  ).toEqual({
    organisationName: 'auth.setup.errors.organisationNameMissing',
    organisationKind: 'auth.setup.errors.organisationKindMissing',
    displayName: 'auth.setup.errors.displayNameMissing',
    email: 'auth.errors.emailMissing',
    password: 'auth.setup.errors.passwordTooShort',
    passwordAgain: 'auth.setup.errors.passwordAgainMissing',
  });
});

test('an e-mail address the server would refuse is invalid', () => {
  for (const email of ['mette', 'mette@', '@klippeo.dk', 'mette holm@klippeo.dk']) {
    expect(validateSetup({ ...good, email }).email, email).toBe('auth.errors.emailInvalid');
  }
});

test('the password needs 12 to 256 characters, typed the same twice', () => {
  expect(validateSetup({ ...good, password: '12345678901', passwordAgain: '12345678901' }).password).toBe(
    'auth.setup.errors.passwordTooShort',
  );
  expect(validateSetup({ ...good, password: '123456789012', passwordAgain: '123456789012' })).toEqual({});
  const long = 'x'.repeat(257);
  expect(validateSetup({ ...good, password: long, passwordAgain: long }).password).toBe(
    'auth.setup.errors.passwordTooLong',
  );
  expect(validateSetup({ ...good, passwordAgain: 'en lang og god saetning' }).passwordAgain).toBe(
    'auth.setup.errors.passwordsDiffer',
  );
});
