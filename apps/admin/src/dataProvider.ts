import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { API_URL, httpClient } from './http/httpClient';
import { writableData } from './http/writableData';

const base = simpleRestProvider(API_URL, httpClient);

/**
 * ra-data-simple-rest over our single httpClient. Writes send only what the API accepts; an
 * empty getMany (e.g. an export where every reference is null) needs no request, and the API
 * would reject `id: []` anyway.
 */
export const dataProvider: DataProvider = {
  ...base,
  getMany: (resource, params) =>
    params.ids.length === 0 ? Promise.resolve({ data: [] }) : base.getMany(resource, params),
  create: (resource, params) => base.create(resource, { ...params, data: writableData(resource, params.data) }),
  update: (resource, params) => base.update(resource, { ...params, data: writableData(resource, params.data) }),
};
