export * from './labelled-enum';
export * from './records';
export * from './errors';
export * from './orgs';
export * from './members';
export * from './meetings';
export * from './access';
export * from './privacy';
