import type { ResourceProps } from 'react-admin';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

/** Accounts and roles (admins only; the menu hides it from everyone else). */
const users: Omit<ResourceProps, 'name'> = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
};

export default users;
