import { minLength, regex } from 'react-admin';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@wb/contracts';

/** The same rules the API applies (it answers field errors for anything else). */
export const passwordLength = minLength(MIN_PASSWORD_LENGTH, 'app.users.password_min');
export const usernamePattern = regex(USERNAME_PATTERN, 'app.users.username_pattern');
