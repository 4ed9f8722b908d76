export * from './list-spec';
export * from './parse-list-query';
export * from './apply-list-query';
export * from './org-subtree';
export * from './page';
export * from './page.interceptor';
export * from './list-query.dto';
export * from './list-page';
