import { Route } from 'react-router-dom';
import type { ResourceProps } from 'react-admin';
import { ImportPage } from './ImportPage';

/** A resource's config with its import page at `/<resource>/import`. */
export function withImport(config: Omit<ResourceProps, 'name'>): Omit<ResourceProps, 'name'> {
  return { ...config, children: <Route path="import" element={<ImportPage />} /> };
}
