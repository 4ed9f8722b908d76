// The system tests start Redis the way the API's unit tests do: one helper, next to the API's other test helpers.
export { RunningRedis, startRedisServer } from '../../../apps/api/src/testing/redis-server';
