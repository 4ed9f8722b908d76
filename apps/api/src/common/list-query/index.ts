export * from './list-spec';
export * from './parse-list-query';
export * from './org-subtree';
export * from './org-tree-cache';
export * from './page';
export * from './list-query.dto';
export * from './list-reader';
