import { Route } from 'react-router-dom';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

// The import page (upload, preview, problems) is fetched when first opened.
const ImportPage = lazyPage(() => import('./ImportPage'), (module) => module.ImportPage);

/** A resource's config with its import page at `/<resource>/import`. */
export function withImport<T extends Omit<ResourceProps, 'name'>>(config: T): T {
  return { ...config, children: <Route path="import" element={<ImportPage />} /> };
}
